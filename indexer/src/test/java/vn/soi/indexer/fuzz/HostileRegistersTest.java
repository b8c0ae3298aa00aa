package vn.soi.indexer.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.records.Register;
import vn.soi.indexer.records.RegisterException;
import vn.soi.indexer.records.RegisterReader;
import vn.soi.indexer.records.RegisterVocabulary;

/**
 * Damaged spreadsheet registers (random bit flips of a small .xls and .xlsx written by POI): each is read or refused
 * with a {@link RegisterException} naming the file; no other exception escapes, and the intact file still reads.
 */
class HostileRegistersTest {

    private static final List<List<String>> ROWS = List.of(
            List.of("Họ và tên", "Đơn vị", "Năm", "Mức xếp loại"),
            List.of("Lê Thị Mai", "Chi bộ Phòng Tổ chức", "2023", "HTXSNV"),
            List.of("Đinh Văn Toàn", "Chi bộ Kho vận", "2023", "Hoàn thành nhiệm vụ"));

    @TempDir
    Path dir;

    @Test
    void bit_flips_of_an_xls_register_are_read_or_refused_by_name() throws Exception {
        flipAndRead(workbook(new HSSFWorkbook()), "xls");
    }

    @Test
    void bit_flips_of_an_xlsx_register_are_read_or_refused_by_name() throws Exception {
        flipAndRead(workbook(new XSSFWorkbook()), "xlsx");
    }

    private void flipAndRead(byte[] original, String extension) throws Exception {
        RegisterReader reader = new RegisterReader(RegisterVocabulary.standard());
        Random random = new Random(20_241_123);
        int read = 0;
        int refused = 0;
        for (int mutant = 0; mutant < 40; mutant++) {
            byte[] bytes = original.clone();
            int flips = 1 + random.nextInt(8);
            for (int i = 0; i < flips; i++) {
                bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
            }
            Path file = Files.write(dir.resolve("xep-loai-" + mutant + "." + extension), bytes);
            try {
                Register register = reader.read(file);
                assertEquals(DocumentType.RATING_REGISTER, register.type());
                read++;
            } catch (RegisterException e) {
                assertEquals(file, e.file());
                assertTrue(e.reason() == RegisterException.Reason.UNREADABLE
                        || e.reason() == RegisterException.Reason.NOT_A_REGISTER, e.getMessage());
                assertTrue(e.getMessage().startsWith(file + ": " + e.reason() + ": "), e.getMessage());
                refused++;
            } catch (RuntimeException | Error e) {
                fail("bit flips of " + file.getFileName() + " escaped as " + e, e);
            }
        }
        assertEquals(40, read + refused);
        assertTrue(refused > 0, "no mutant was refused: the trial did not damage anything");
        Path whole = Files.write(dir.resolve("nguyen-ven." + extension), original);
        assertEquals(2, reader.read(whole).ratingRecords().size());
    }

    private static byte[] workbook(Workbook workbook) throws IOException {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Xếp loại");
            for (int r = 0; r < ROWS.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < ROWS.get(r).size(); c++) {
                    row.createCell(c).setCellValue(ROWS.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}

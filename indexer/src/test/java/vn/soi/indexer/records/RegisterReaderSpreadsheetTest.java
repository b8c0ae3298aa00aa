package vn.soi.indexer.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.Rating;

class RegisterReaderSpreadsheetTest {

    @TempDir
    Path dir;

    @Test
    void reads_xlsx_discipline_register_with_title_row_and_real_date_cells() throws Exception {
        Path file = dir.resolve("ky-luat.xlsx");
        write(new XSSFWorkbook(), file, this::disciplineSheet);

        Register register = Fixtures.reader().read(file);

        assertDisciplineSheet(register);
    }

    @Test
    void reads_xls_discipline_register_with_title_row_and_real_date_cells() throws Exception {
        Path file = dir.resolve("ky-luat.xls");
        write(new HSSFWorkbook(), file, this::disciplineSheet);

        Register register = Fixtures.reader().read(file);

        assertDisciplineSheet(register);
    }

    @Test
    void reads_cached_formula_values_in_xlsx_without_evaluating() throws Exception {
        Path file = dir.resolve("xep-loai.xlsx");
        write(new XSSFWorkbook(), file, this::ratingSheetWithStaleFormula);

        RatingRecord row = Fixtures.reader().read(file).ratingRecords().get(0);

        assertEquals(2024, row.year());
        assertEquals(Rating.GOOD, row.rating());
        assertEquals(Map.of("Năm trước", "2030"), row.extra());
    }

    @Test
    void reads_cached_formula_values_in_xls_without_evaluating() throws Exception {
        Path file = dir.resolve("xep-loai.xls");
        write(new HSSFWorkbook(), file, this::ratingSheetWithStaleFormula);

        RatingRecord row = Fixtures.reader().read(file).ratingRecords().get(0);

        assertEquals(2024, row.year());
        assertEquals(Rating.GOOD, row.rating());
    }

    @Test
    void detects_a_spreadsheet_that_is_not_a_register() throws Exception {
        Path file = dir.resolve("bang-luong.xlsx");
        write(new XSSFWorkbook(), file, (wb, sheet) -> {
            row(sheet, 0, "Khoản chi", "Số tiền");
            row(sheet, 1, "Điện nước", "3.500.000");
        });

        assertEquals(Optional.empty(), Fixtures.reader().detect(file));
    }

    @Test
    void detects_an_xlsx_register_from_its_header_and_refuses_too_many_rows() throws Exception {
        Path file = dir.resolve("dai.xlsx");
        write(new XSSFWorkbook(), file, this::disciplineSheet);
        RegisterReader strict = new RegisterReader(Fixtures.vocabulary(), new RegisterLimits(1 << 20, 2, 1000));

        assertEquals(Optional.of(DocumentType.DISCIPLINE_REGISTER), strict.detect(file));
        RegisterException e = assertThrows(RegisterException.class, () -> strict.read(file));
        assertEquals(RegisterException.Reason.TOO_MANY_ROWS, e.reason());
        assertEquals(file, e.file());
    }

    @Test
    void reports_a_corrupt_workbook_as_unreadable() throws Exception {
        Path file = Files.writeString(dir.resolve("hong.xlsx"), "không phải tệp Excel");

        RegisterException e = assertThrows(RegisterException.class, () -> Fixtures.reader().read(file));

        assertEquals(RegisterException.Reason.UNREADABLE, e.reason());
        assertTrue(e.getMessage().contains("hong.xlsx"), e.getMessage());
    }

    private interface SheetWriter {
        void fill(Workbook workbook, Sheet sheet);
    }

    private static void write(Workbook workbook, Path file, SheetWriter writer) throws IOException {
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            writer.fill(workbook, workbook.createSheet("Danh sách"));
            workbook.write(out);
        }
    }

    private static Row row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
        return row;
    }

    private void disciplineSheet(Workbook workbook, Sheet sheet) {
        CellStyle dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        row(sheet, 0, "DANH SÁCH ĐẢNG VIÊN BỊ KỶ LUẬT NĂM 2024");
        row(sheet, 2, "Họ và tên", "Đơn vị", "Chức vụ", "Hình thức kỷ luật", "Ngày quyết định");
        Cell date = row(sheet, 3, "Bùi Thanh Tâm", "Xí nghiệp Cơ khí", "Quản đốc", "Cảnh cáo").createCell(4);
        date.setCellValue(LocalDate.of(2024, 8, 9));
        date.setCellStyle(dateStyle);
        row(sheet, 4, "Cao Thị Yến", "Xí nghiệp Cơ khí", null, "Khiển trách", "9/8/2024");
        row(sheet, 5, "Đinh Công Sơn", "Xí nghiệp Cơ khí", null, "Khiển trách", "hôm qua");
    }

    private static void assertDisciplineSheet(Register register) {
        assertEquals(DocumentType.DISCIPLINE_REGISTER, register.type());
        assertEquals(3, register.header().row());
        List<DisciplineRecord> rows = register.disciplineRecords();
        assertEquals(2, rows.size());
        assertEquals("Bùi Thanh Tâm", rows.get(0).subject());
        assertEquals(LocalDate.of(2024, 8, 9), rows.get(0).decided());
        assertEquals(4, rows.get(0).row());
        assertEquals(DisciplineForm.WARNING, rows.get(0).form());
        assertEquals(LocalDate.of(2024, 8, 9), rows.get(1).decided());
        assertEquals(1, register.warnings().size());
        assertEquals(6, register.warnings().get(0).row());
        assertEquals("Ngày quyết định", register.warnings().get(0).column());
        assertEquals("hôm qua", register.warnings().get(0).value());
    }

    /** Năm = previous year + 1 and the level by IF; the cache is written, then the input changed without recalculation. */
    private void ratingSheetWithStaleFormula(Workbook workbook, Sheet sheet) {
        row(sheet, 0, "Họ và tên", "Đơn vị", "Năm trước", "Năm", "Mức xếp loại");
        Row row = row(sheet, 1, "Châu Văn Lộc", "Phòng Nội vụ");
        row.createCell(2).setCellValue(2023);
        row.createCell(3).setCellFormula("C2+1");
        row.createCell(4).setCellFormula("IF(C2>2000,\"HTTNV\",\"HTNV\")");
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        row.getCell(2).setCellValue(2030);
    }
}

package vn.soi.indexer.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.Rating;

class RegisterReaderCsvTest {

    @TempDir
    Path dir;

    @Test
    void reads_discipline_register_with_unaccented_upper_case_headers_and_keeps_unknown_columns() throws Exception {
        Path file = Fixtures.write(dir.resolve("ky-luat.csv"), """
                STT,HO VA TEN,DON VI,CHUC VU,HINH THUC KY LUAT,NGAY QUYET DINH,SO QD,Ghi chú
                1,Trần Thị Hoa,Phòng Tài chính,Phó trưởng phòng,Khiển trách,5/3/2024,12-QĐ/UBKT,Đã nộp lại tiền
                2,Lê Văn Bình,Ban Quản lý dự án,,Cảnh cáo,2024-06-20,,
                """, StandardCharsets.UTF_8);

        Register register = Fixtures.reader().read(file);

        assertEquals(DocumentType.DISCIPLINE_REGISTER, register.type());
        assertEquals(List.of(), register.warnings());
        List<DisciplineRecord> rows = register.disciplineRecords();
        assertEquals(2, rows.size());
        DisciplineRecord hoa = rows.get(0);
        assertEquals("Trần Thị Hoa", hoa.subject());
        assertFalse(hoa.collective());
        assertEquals("Phòng Tài chính", hoa.unit());
        assertEquals("Phó trưởng phòng", hoa.position());
        assertEquals(DisciplineForm.REPRIMAND, hoa.form());
        assertEquals(LocalDate.of(2024, 3, 5), hoa.decided());
        assertEquals("12-QĐ/UBKT", hoa.number());
        assertEquals(2, hoa.row());
        assertEquals(Map.of("STT", "1", "Ghi chú", "Đã nộp lại tiền"), hoa.extra());
        assertEquals(DisciplineForm.WARNING, rows.get(1).form());
        assertEquals(LocalDate.of(2024, 6, 20), rows.get(1).decided());
        assertEquals(Map.of(0, "STT", 7, "Ghi chú"), register.header().extra());
        assertEquals(Optional.of(1), register.header().position(RegisterColumn.PERSON));
    }

    @Test
    void reads_utf8_bom_with_semicolons_and_short_headers() throws Exception {
        Path file = Fixtures.write(dir.resolve("xep-loai.csv"), """
                Họ tên;Đơn vị;Chức vụ;Năm;Xếp loại
                Phạm Minh Đức;Chi bộ Văn phòng;Bí thư chi bộ;2024;Hoàn thành tốt nhiệm vụ
                Vũ Thị Lan;Chi bộ Văn phòng;;2024;HTXSNV
                """, StandardCharsets.UTF_8, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF);

        Register register = Fixtures.reader().read(file);

        assertEquals(DocumentType.RATING_REGISTER, register.type());
        List<RatingRecord> rows = register.ratingRecords();
        assertEquals(2, rows.size());
        assertEquals("Phạm Minh Đức", rows.get(0).subject());
        assertEquals("Bí thư chi bộ", rows.get(0).position());
        assertEquals(2024, rows.get(0).year());
        assertEquals(Rating.GOOD, rows.get(0).rating());
        assertEquals(Rating.EXCELLENT, rows.get(1).rating());
        assertEquals("Họ tên", register.header().header(RegisterColumn.PERSON));
    }

    @Test
    void reads_utf16_with_byte_order_mark() throws Exception {
        Path file = Fixtures.write(dir.resolve("xep-loai-utf16.csv"), """
                Họ và tên,Đơn vị,Năm,Mức xếp loại
                Đỗ Quang Huy,Đảng ủy xã Tân Phú,2023,Hoàn thành nhiệm vụ
                """, StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE);

        RatingRecord row = Fixtures.reader().read(file).ratingRecords().get(0);

        assertEquals("Đỗ Quang Huy", row.subject());
        assertEquals("Đảng ủy xã Tân Phú", row.unit());
        assertEquals(Rating.COMPLETED, row.rating());
    }

    @Test
    void reads_windows_1258_without_bom_and_composes_tone_marks() throws Exception {
        String text = """
                Họ và tên;Đơn vị;Hình thức kỷ luật;Ngày quyết định
                Nguyễn Thị Thủy;Trường Tiểu học Hòa Bình;Khiển trách;01/02/2024
                """;
        Path file = Fixtures.write(dir.resolve("ky-luat-1258.csv"), Fixtures.windows1258Form(text),
                CsvRows.WINDOWS_1258);
        assertEquals(CsvRows.WINDOWS_1258, CsvRows.detectEncoding(file).charset());

        Register register = Fixtures.reader().read(file);

        DisciplineRecord row = register.disciplineRecords().get(0);
        assertEquals("Nguyễn Thị Thủy", row.subject());
        assertEquals("Trường Tiểu học Hòa Bình", row.unit());
        assertEquals(DisciplineForm.REPRIMAND, row.form());
        assertEquals(LocalDate.of(2024, 2, 1), row.decided());
    }

    @Test
    void reads_organisation_rows_beside_person_rows_in_a_discipline_register() throws Exception {
        Path file = Fixtures.write(dir.resolve("to-chuc.csv"), """
                Họ và tên,Tổ chức đảng,Đơn vị,Hình thức kỷ luật,Ngày quyết định,Nội dung vi phạm
                ,Chi bộ Phòng Kế hoạch,Sở Xây dựng,Giải tán,10/10/2023,Mất đoàn kết kéo dài
                Hoàng Văn Nam,,Sở Xây dựng,Khai trừ ra khỏi Đảng,11/10/2023,
                """, StandardCharsets.UTF_8);

        List<DisciplineRecord> rows = Fixtures.reader().read(file).disciplineRecords();

        assertEquals(2, rows.size());
        assertEquals("Chi bộ Phòng Kế hoạch", rows.get(0).subject());
        assertTrue(rows.get(0).collective());
        assertEquals("Sở Xây dựng", rows.get(0).unit());
        assertEquals(DisciplineForm.DISSOLUTION, rows.get(0).form());
        assertEquals("Mất đoàn kết kéo dài", rows.get(0).violation());
        assertFalse(rows.get(1).collective());
        assertEquals(DisciplineForm.EXPULSION, rows.get(1).form());
    }

    @Test
    void reads_collective_rows_of_rating_results() throws Exception {
        Path file = Fixtures.write(dir.resolve("tap-the.csv"), """
                Họ và tên,Đơn vị,Năm,Mức xếp loại,Đối tượng
                Ban Thường vụ Đảng ủy,Đảng ủy phường An Lạc,2024,HTTNV,Tập thể
                Lý Thị Mai,Đảng ủy phường An Lạc,2024,HTNV,Cá nhân
                """, StandardCharsets.UTF_8);
        Path other = Fixtures.write(dir.resolve("tap-the-2.csv"), """
                Tập thể,Năm,Mức xếp loại
                Chi bộ Khu phố 3,2024,Không hoàn thành nhiệm vụ
                """, StandardCharsets.UTF_8);

        List<RatingRecord> rows = Fixtures.reader().read(file).ratingRecords();
        RatingRecord alone = Fixtures.reader().read(other).ratingRecords().get(0);

        assertTrue(rows.get(0).collective());
        assertEquals(Rating.GOOD, rows.get(0).rating());
        assertFalse(rows.get(1).collective());
        assertTrue(alone.collective());
        assertEquals("Chi bộ Khu phố 3", alone.unit());
        assertEquals(Rating.NOT_COMPLETED, alone.rating());
    }

    @Test
    void skips_a_row_with_a_bad_date_with_a_warning_naming_row_and_column_and_keeps_the_others() throws Exception {
        Path file = Fixtures.write(dir.resolve("ngay-sai.csv"), """
                Họ và tên,Đơn vị,Hình thức kỷ luật,Ngày quyết định
                Trịnh Văn Khoa,UBND huyện,Cảnh cáo,12/04/2024
                Mai Thị Ngọc,UBND huyện,Khiển trách,31/02/2024
                Tạ Đình Phong,UBND huyện,Cách chức,15/05/2024
                """, StandardCharsets.UTF_8);

        Register register = Fixtures.reader().read(file);

        assertEquals(List.of("Trịnh Văn Khoa", "Tạ Đình Phong"),
                register.records().stream().map(RegisterRecord::subject).toList());
        assertEquals(1, register.warnings().size());
        RegisterWarning warning = register.warnings().get(0);
        assertEquals(3, warning.row());
        assertEquals("Ngày quyết định", warning.column());
        assertEquals("31/02/2024", warning.value());
        assertEquals("Tệp ngay-sai.csv, dòng 3, cột «Ngày quyết định»: ngày không hợp lệ (cần dd/mm/yyyy hoặc "
                + "yyyy-mm-dd) («31/02/2024»); đã bỏ qua dòng này.", warning.message());
    }

    @Test
    void reads_rating_letters_a_to_d_and_warns_on_an_unknown_level() throws Exception {
        Path file = Fixtures.write(dir.resolve("chu-cai.csv"), """
                Họ và tên,Đơn vị,Năm,Mức xếp loại
                Người Một,Phòng A,2022,A
                Người Hai,Phòng A,2022,b
                Người Ba,Phòng A,2022,C
                Người Bốn,Phòng A,2022,D
                Người Năm,Phòng A,2022,Xuất sắc lắm
                """, StandardCharsets.UTF_8);

        Register register = Fixtures.reader().read(file);

        assertEquals(List.of(Rating.EXCELLENT, Rating.GOOD, Rating.COMPLETED, Rating.NOT_COMPLETED),
                register.ratingRecords().stream().map(RatingRecord::rating).toList());
        assertEquals(6, register.warnings().get(0).row());
        assertEquals("Mức xếp loại", register.warnings().get(0).column());
    }

    @Test
    void recognises_prosecution_and_state_administrative_forms() throws Exception {
        RegisterVocabulary vocabulary = Fixtures.vocabulary();

        assertEquals(Optional.of(DisciplineForm.PROSECUTION), vocabulary.disciplineForm("Bị khởi tố"));
        assertEquals(Optional.of(DisciplineForm.PROSECUTION), vocabulary.disciplineForm("truy tố"));
        assertEquals(Optional.of(DisciplineForm.PROSECUTION),
                vocabulary.disciplineForm("TRUY CỨU TRÁCH NHIỆM HÌNH SỰ"));
        assertEquals(Optional.of(DisciplineForm.SALARY_DEMOTION), vocabulary.disciplineForm("Hạ bậc lương"));
        assertEquals(Optional.of(DisciplineForm.DEMOTION), vocabulary.disciplineForm("giáng chức"));
        assertEquals(Optional.of(DisciplineForm.FORCED_RESIGNATION), vocabulary.disciplineForm("Buộc thôi việc"));
        assertEquals(Optional.empty(), vocabulary.disciplineForm("Nhắc nhở"));
    }

    @Test
    void tells_a_register_from_another_spreadsheet() throws Exception {
        Path register = Fixtures.write(dir.resolve("dk.csv"), "Họ và tên,Đơn vị,Năm,Mức xếp loại\nA,B,2024,A\n",
                StandardCharsets.UTF_8);
        Path budget = Fixtures.write(dir.resolve("ngan-sach.csv"), "Khoản mục,Số tiền\nVăn phòng phẩm,1.200.000\n",
                StandardCharsets.UTF_8);
        RegisterReader reader = Fixtures.reader();

        assertEquals(Optional.of(DocumentType.RATING_REGISTER), reader.detect(register));
        assertEquals(Optional.empty(), reader.detect(budget));
        RegisterException e = assertThrows(RegisterException.class, () -> reader.read(budget));
        assertEquals(RegisterException.Reason.NOT_A_REGISTER, e.reason());
        assertEquals(budget, e.file());
    }

    @Test
    void refuses_too_many_rows_and_too_long_cells_with_named_reasons() throws Exception {
        Path many = Fixtures.write(dir.resolve("nhieu.csv"), """
                Họ và tên,Đơn vị,Năm,Mức xếp loại
                A,B,2024,A
                C,D,2024,B
                E,F,2024,C
                """, StandardCharsets.UTF_8);
        Path longCell = Fixtures.write(dir.resolve("dai.csv"), "Họ và tên,Đơn vị,Năm,Mức xếp loại\nA,"
                + "x".repeat(200) + ",2024,A\n", StandardCharsets.UTF_8);
        RegisterReader reader = new RegisterReader(Fixtures.vocabulary(), new RegisterLimits(1 << 20, 2, 100));

        assertEquals(RegisterException.Reason.TOO_MANY_ROWS,
                assertThrows(RegisterException.class, () -> reader.read(many)).reason());
        assertEquals(RegisterException.Reason.CELL_TOO_LONG,
                assertThrows(RegisterException.class, () -> reader.read(longCell)).reason());
        RegisterReader tiny = new RegisterReader(Fixtures.vocabulary(), new RegisterLimits(10, 2, 100));
        assertEquals(RegisterException.Reason.FILE_TOO_LARGE,
                assertThrows(RegisterException.class, () -> tiny.read(many)).reason());
    }

    @Test
    void reports_an_unclosed_quote_as_unreadable() throws IOException {
        Path file = Fixtures.write(dir.resolve("hong.csv"), "Họ và tên,Đơn vị,Năm,Mức xếp loại\n\"A,B,2024,A\n",
                StandardCharsets.UTF_8);

        RegisterException e = assertThrows(RegisterException.class, () -> Fixtures.reader().read(file));

        assertEquals(RegisterException.Reason.UNREADABLE, e.reason());
    }

    @Test
    void refuses_an_unsupported_extension() throws IOException {
        Path file = Files.writeString(dir.resolve("ds.ods"), "x");

        RegisterException e = assertThrows(RegisterException.class, () -> Fixtures.reader().read(file));

        assertEquals(RegisterException.Reason.UNSUPPORTED_FORMAT, e.reason());
        assertFalse(RegisterReader.supports(file));
        assertTrue(RegisterReader.supports(Path.of("DS.XLSX")));
    }
}

package vn.soi.indexer.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class StructureExtractorTest {

    private final StructureExtractor extractor = StructureExtractor.standard();

    /** The field's value, and the text it was quoted from (or "derived"). */
    private static void assertField(String text, DocumentStructure s, FieldName name, String value, String quoted) {
        List<ExtractedField> fields = s.fields(name);
        assertFalse(fields.isEmpty(), () -> "no " + name + " in " + s.fields());
        ExtractedField f = fields.get(0);
        assertEquals(value, f.value(), name::toString);
        assertEquals(quoted, f.start() < 0 ? "derived" : text.substring(f.start(), f.end()), name::toString);
    }

    private static void assertSection(String text, Section section, SectionKind kind, String starts, String ends) {
        String body = section.textIn(text);
        assertEquals(kind, section.kind());
        assertTrue(body.startsWith(starts), () -> kind + " starts with: " + body);
        assertTrue(body.endsWith(ends), () -> kind + " ends with: " + body);
    }

    private static List<SectionKind> kinds(DocumentStructure s) {
        return s.sections().stream().map(Section::kind).toList();
    }

    @Test
    void a_date_of_birth_or_of_a_cited_guidance_is_never_the_reports_date_or_year() {
        String text = "ĐẢNG BỘ HUYỆN NINH PHƯỚC\nCHI BỘ TRƯỜNG TIỂU HỌC AN HẢI\n\nBAN KIEM DIEM CA NHAN\n"
                + "Họ và tên: Lương Minh Thịnh\nNgày sinh: 24/04/1991\nChức vụ: Giáo viên\n"
                + "Thực hiện Hướng dẫn số 25-HD/BTCTW ngày 10/11/2023 của Ban Tổ chức Trung ương\n"
                + "I. ƯU ĐIỂM\nDạy đủ 18 tiết mỗi tuần.\n";

        DocumentStructure s = extractor.read(text, DocumentType.INDIVIDUAL_REPORT);

        assertTrue(s.field(FieldName.DATE).isEmpty(), s.fields().toString());
        assertTrue(s.field(FieldName.YEAR).isEmpty(), s.fields().toString());
    }

    @Test
    void reads_a_2022_report_with_roman_parts_and_arabic_items() {
        String text = TestDocuments.read("individual-2022-roman.txt");
        DocumentStructure s = extractor.read(text, DocumentType.INDIVIDUAL_REPORT);
        assertField(text, s, FieldName.PERSON, "Trần Minh Khoa", "Trần Minh Khoa");
        assertField(text, s, FieldName.PARTY_POSITION, "Phó Bí thư Chi bộ", "Phó Bí thư Chi bộ");
        assertField(text, s, FieldName.GOVERNMENT_POSITION, "Trưởng phòng Kế hoạch - Tài chính",
                "Trưởng phòng Kế hoạch - Tài chính");
        assertField(text, s, FieldName.LEADER, "true", "derived");
        assertField(text, s, FieldName.HEAD, "true", "derived");
        assertField(text, s, FieldName.UNIT, "Sở Nông nghiệp tỉnh", "Sở Nông nghiệp tỉnh");
        assertField(text, s, FieldName.PARTY_COMMITTEE, "ĐẢNG BỘ SỞ NÔNG NGHIỆP", "ĐẢNG BỘ SỞ NÔNG NGHIỆP");
        assertField(text, s, FieldName.CELL, "CHI BỘ PHÒNG KẾ HOẠCH - TÀI CHÍNH", "CHI BỘ PHÒNG KẾ HOẠCH - TÀI CHÍNH");
        assertField(text, s, FieldName.PLACE, "Thái Hòa", "Thái Hòa");
        assertField(text, s, FieldName.DATE, "2022-12-12", "ngày 12 tháng 12 năm 2022");
        assertField(text, s, FieldName.YEAR, "2022", "2022");
        assertField(text, s, FieldName.REGULATION, "132", "21-HD/BTCTW");
        assertField(text, s, FieldName.SELF_RATING, "Hoàn thành tốt nhiệm vụ", "Hoàn thành tốt nhiệm vụ");
        assertEquals(List.of(SectionKind.STRENGTHS, SectionKind.SHORTCOMINGS, SectionKind.CAUSES,
                SectionKind.REMEDIATION, SectionKind.EXPLANATION, SectionKind.DIRECTION, SectionKind.SELF_RATING),
                kinds(s));
        Section strengths = s.sections().get(0);
        assertSection(text, strengths, SectionKind.STRENGTHS, "I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC",
                "giải ngân đạt 96,5% kế hoạch năm.");
        assertEquals(5, strengths.items().size());
        assertSection(text, strengths.items().get(1), SectionKind.STRENGTHS, "2. Về phẩm chất đạo đức, lối sống",
                "không có biểu hiện cơ hội, vụ lợi.");
        assertSection(text, s.sections().get(1), SectionKind.SHORTCOMINGS, "II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN",
                "chưa quyết liệt trong xử lý vướng mắc.");
        assertSection(text, s.sections().get(2), SectionKind.CAUSES, "2. Nguyên nhân",
                "khối lượng công việc lớn.");
        assertSection(text, s.sections().get(6), SectionKind.SELF_RATING, "VI. TỰ NHẬN MỨC XẾP LOẠI CHẤT LƯỢNG",
                "Hoàn thành tốt nhiệm vụ.");
        assertTrue(s.warnings().isEmpty(), s.warnings()::toString);
    }

    @Test
    void reads_a_2024_report_with_arabic_parts_letter_items_and_a_non_leader() {
        String text = TestDocuments.read("individual-2024-arabic.txt");
        DocumentStructure s = extractor.read(text, DocumentType.INDIVIDUAL_REPORT);
        assertField(text, s, FieldName.PERSON, "Lê Thị Hồng Nhung", "Lê Thị Hồng Nhung");
        assertField(text, s, FieldName.PARTY_POSITION, "Đảng viên", "Đảng viên");
        assertField(text, s, FieldName.GOVERNMENT_POSITION, "Công chức văn hóa - xã hội", "Công chức văn hóa - xã hội");
        assertField(text, s, FieldName.LEADER, "false", "derived");
        assertField(text, s, FieldName.HEAD, "false", "derived");
        assertField(text, s, FieldName.PARTY_COMMITTEE, "ĐẢNG ỦY XÃ HÒA AN", "ĐẢNG ỦY XÃ HÒA AN");
        assertField(text, s, FieldName.CELL, "CHI BỘ THÔN ĐÔNG", "CHI BỘ THÔN ĐÔNG");
        assertField(text, s, FieldName.PLACE, "Hòa An", "Hòa An");
        assertField(text, s, FieldName.DATE, "2024-12-20", "20/12/2024");
        assertField(text, s, FieldName.YEAR, "2024", "2024");
        assertField(text, s, FieldName.REGULATION, "124", "derived");
        assertField(text, s, FieldName.SELF_RATING, "Hoàn thành nhiệm vụ", "Hoàn thành nhiệm vụ");
        assertEquals(List.of(SectionKind.STRENGTHS, SectionKind.SHORTCOMINGS, SectionKind.CAUSES,
                SectionKind.DEGENERATION_SELF_CHECK, SectionKind.DIRECTION, SectionKind.SELF_RATING), kinds(s));
        Section strengths = s.sections().get(0);
        assertEquals(3, strengths.items().size());
        assertSection(text, strengths.items().get(2), SectionKind.STRENGTHS, "c) Kết quả thực hiện nhiệm vụ:",
                "2 lớp tập huấn cho hội viên.");
        assertSection(text, s.sections().get(3), SectionKind.DEGENERATION_SELF_CHECK, "4. Liên hệ bản thân",
                "không có biểu hiện suy thoái.");
        assertSection(text, s.sections().get(5), SectionKind.SELF_RATING, "6. Tự nhận mức xếp loại:",
                "Hoàn thành nhiệm vụ");
    }

    @Test
    void reads_a_2025_report_with_parts_named_phan_thu_and_its_points() {
        String text = TestDocuments.read("individual-2025-parts.txt");
        DocumentStructure s = extractor.read(text, DocumentType.INDIVIDUAL_REPORT);
        assertField(text, s, FieldName.PERSON, "Phạm Quốc Bảo", "Phạm Quốc Bảo");
        assertField(text, s, FieldName.PARTY_POSITION, "Bí thư Chi bộ", "Bí thư Chi bộ");
        assertField(text, s, FieldName.GOVERNMENT_POSITION, "Hiệu trưởng", "Hiệu trưởng");
        assertField(text, s, FieldName.HEAD, "true", "derived");
        assertField(text, s, FieldName.CELL, "CHI BỘ TRƯỜNG TRUNG HỌC CƠ SỞ TÂN LẬP",
                "CHI BỘ TRƯỜNG TRUNG HỌC CƠ SỞ TÂN LẬP");
        assertField(text, s, FieldName.DATE, "2025-12-05", "ngày 05 tháng 12 năm 2025");
        assertField(text, s, FieldName.YEAR, "2025", "2025");
        assertField(text, s, FieldName.REGULATION, "366", "366-QĐ/TW");
        assertField(text, s, FieldName.SELF_RATING, "Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành xuất sắc nhiệm vụ");
        assertField(text, s, FieldName.POINTS_GENERAL, "27", "27");
        assertField(text, s, FieldName.POINTS_RESULTS, "63", "63");
        assertField(text, s, FieldName.POINTS_TOTAL, "90", "90");
        assertEquals(List.of(SectionKind.STRENGTHS, SectionKind.SHORTCOMINGS, SectionKind.RESPONSIBILITY,
                SectionKind.SELF_RATING), kinds(s));
        Section strengths = s.sections().get(0);
        assertEquals("Phần thứ nhất ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC", strengths.heading());
        assertSection(text, strengths, SectionKind.STRENGTHS, "Phần thứ nhất\nƯU ĐIỂM", "lên lớp đạt 99,1%.");
        assertSection(text, s.sections().get(3), SectionKind.SELF_RATING, "Phần thứ tư\nTỰ ĐÁNH GIÁ, CHẤM ĐIỂM",
                "Đề xuất mức xếp loại: Hoàn thành xuất sắc nhiệm vụ.");
        assertTrue(s.warnings().isEmpty(), s.warnings()::toString);
    }

    @Test
    void warns_when_the_2025_points_do_not_add_up() {
        String text = TestDocuments.read("individual-2025-parts.txt").replace("Tổng điểm: 90/100", "Tổng điểm: 95/100");
        DocumentStructure s = extractor.read(text, DocumentType.INDIVIDUAL_REPORT);
        assertEquals(List.of("Tổng điểm 95 khác tổng hai tiêu chí 90"), s.warnings());
    }

    @Test
    void reads_a_report_whose_parts_have_no_numbering() {
        String text = TestDocuments.read("individual-2023-unnumbered.txt");
        DocumentStructure s = extractor.read(text, DocumentType.INDIVIDUAL_REPORT);
        assertField(text, s, FieldName.PERSON, "Đỗ Văn Thành", "Đỗ Văn Thành");
        assertField(text, s, FieldName.GOVERNMENT_POSITION, "Chuyên viên", "Chuyên viên");
        assertField(text, s, FieldName.LEADER, "false", "derived");
        assertField(text, s, FieldName.REGULATION, "124", "Quy định 124");
        assertField(text, s, FieldName.YEAR, "2023", "2023");
        assertEquals(List.of(SectionKind.STRENGTHS, SectionKind.SHORTCOMINGS, SectionKind.CAUSES,
                SectionKind.DIRECTION, SectionKind.SELF_RATING), kinds(s));
        assertSection(text, s.sections().get(0), SectionKind.STRENGTHS, "ƯU ĐIỂM\n",
                "chủ động phối hợp với đồng nghiệp.");
        assertSection(text, s.sections().get(1), SectionKind.SHORTCOMINGS, "Hạn chế, khuyết điểm:",
                "khi góp ý cho đồng nghiệp.");
        assertSection(text, s.sections().get(4), SectionKind.SELF_RATING, "Tự nhận mức xếp loại:",
                "Hoàn thành tốt nhiệm vụ.");
    }

    @Test
    void a_body_sentence_starting_with_a_cue_word_is_not_a_heading() {
        String text = "BẢN KIỂM ĐIỂM\nHọ và tên: Ngô Văn Tú\nƯu điểm:\nLàm việc chăm chỉ.\n"
                + "Hạn chế trong việc báo cáo là do bản thân chưa chủ động.\nNguyên nhân:\nChưa sắp xếp công việc.\n";
        DocumentStructure s = extractor.read(text, DocumentType.INDIVIDUAL_REPORT);
        assertEquals(List.of(SectionKind.STRENGTHS, SectionKind.CAUSES), kinds(s));
        assertSection(text, s.sections().get(0), SectionKind.STRENGTHS, "Ưu điểm:", "bản thân chưa chủ động.");
    }

    @Test
    void reads_a_collective_report_and_its_collective() {
        String text = TestDocuments.read("collective-2024.txt");
        DocumentStructure s = extractor.read(text, DocumentType.COLLECTIVE_REPORT);
        assertField(text, s, FieldName.COLLECTIVE, "CHI ỦY CHI BỘ PHÒNG GIÁO DỤC", "CHI ỦY CHI BỘ PHÒNG GIÁO DỤC");
        assertField(text, s, FieldName.CELL, "CHI BỘ PHÒNG GIÁO DỤC", "CHI BỘ PHÒNG GIÁO DỤC");
        assertField(text, s, FieldName.UNIT, "CHI BỘ PHÒNG GIÁO DỤC", "CHI BỘ PHÒNG GIÁO DỤC");
        assertField(text, s, FieldName.PARTY_COMMITTEE, "ĐẢNG BỘ HUYỆN ĐÔNG SƠN", "ĐẢNG BỘ HUYỆN ĐÔNG SƠN");
        assertField(text, s, FieldName.PLACE, "Đông Sơn", "Đông Sơn");
        assertField(text, s, FieldName.DATE, "2024-12-10", "ngày 10 tháng 12 năm 2024");
        assertField(text, s, FieldName.YEAR, "2024", "2024");
        assertField(text, s, FieldName.REGULATION, "124", "derived");
        assertField(text, s, FieldName.SELF_RATING, "Hoàn thành tốt nhiệm vụ", "Hoàn thành tốt nhiệm vụ");
        assertTrue(s.fields(FieldName.PERSON).isEmpty());
        assertEquals(List.of(SectionKind.STRENGTHS, SectionKind.SHORTCOMINGS, SectionKind.CAUSES,
                SectionKind.RESPONSIBILITY, SectionKind.DIRECTION, SectionKind.SELF_RATING), kinds(s));
        assertEquals(2, s.sections().get(0).items().size());
        assertSection(text, s.sections().get(3), SectionKind.RESPONSIBILITY, "IV. LÀM RÕ TRÁCH NHIỆM",
                "không có đảng viên bị kỷ luật.");
        assertSection(text, s.sections().get(5), SectionKind.SELF_RATING, "VI. TỰ NHẬN MỨC XẾP LOẠI",
                "tự nhận mức Hoàn thành tốt nhiệm vụ.");
    }

    @Test
    void reads_minutes_attendance_times_opinions_answers_and_votes() {
        String text = TestDocuments.read("minutes-2024.txt");
        DocumentStructure s = extractor.read(text, DocumentType.MINUTES);
        assertField(text, s, FieldName.MEETING_DATE, "2024-12-26", "ngày 26 tháng 12 năm 2024");
        assertField(text, s, FieldName.START_TIME, "08:00", "8 giờ 00");
        assertField(text, s, FieldName.END_TIME, "10:30", "10 giờ 30 phút");
        assertField(text, s, FieldName.PLACE, "Nhà văn hóa thôn Đông", "Nhà văn hóa thôn Đông");
        assertField(text, s, FieldName.MEMBERS_TOTAL, "15", "15");
        assertField(text, s, FieldName.MEMBERS_PRESENT, "14", "14");
        assertField(text, s, FieldName.MEMBERS_ABSENT, "1", "1");
        assertField(text, s, FieldName.CHAIR, "Nguyễn Văn Hải", "Nguyễn Văn Hải");
        assertField(text, s, FieldName.SECRETARY, "Vũ Thị Lan", "Vũ Thị Lan");
        assertField(text, s, FieldName.SUPERIOR_REPRESENTATIVE, "Hoàng Minh Tuấn", "Hoàng Minh Tuấn");
        assertField(text, s, FieldName.REPORTS_SENT_DATE, "2024-12-19", "19/12/2024");
        assertField(text, s, FieldName.REPORT_PRESENTED,
                "Đồng chí Lê Thị Hồng Nhung trình bày bản kiểm điểm cá nhân năm 2024",
                "Đồng chí Lê Thị Hồng Nhung trình bày bản kiểm điểm cá nhân năm 2024");
        assertField(text, s, FieldName.VOTES_GOOD, "3", "3");
        assertField(text, s, FieldName.VOTES_COMPLETED, "11", "11");
        assertField(text, s, FieldName.VOTES_NOT_COMPLETED, "0", "0");
        assertTrue(s.fields(FieldName.VOTES_EXCELLENT).isEmpty());
        assertEquals(List.of(SectionKind.OPINIONS, SectionKind.ANSWERS, SectionKind.CONCLUSION, SectionKind.VOTE),
                kinds(s));
        assertSection(text, s.sections().get(0), SectionKind.OPINIONS, "I. Ý KIẾN GÓP Ý",
                "cần bổ sung số liệu cụ thể.");
        assertSection(text, s.sections().get(2), SectionKind.CONCLUSION, "III. KẾT LUẬN CỦA CHỦ TRÌ",
                "khắc phục ngay việc chậm hồ sơ.");
        assertSection(text, s.sections().get(3), SectionKind.VOTE, "IV. KẾT QUẢ BIỂU QUYẾT",
                "Không hoàn thành nhiệm vụ: 0 phiếu");
        List<String> opinions = s.opinions().stream()
                .map(o -> o.speaker() + (o.answer() ? " (trả lời)" : "") + ": " + text.substring(o.start(), o.end()))
                .toList();
        assertEquals(List.of(
                "Nguyễn Văn Hải: Đồng chí Nhung cần cập nhật hồ sơ đúng hạn hơn.",
                "Trần Thị Cúc: Đề nghị làm rõ nguyên nhân chậm trễ.",
                "Phan Văn Đức: Thống nhất với bản kiểm điểm.",
                "Đặng Văn Toàn: cần bổ sung số liệu cụ thể.",
                "Lê Thị Hồng Nhung (trả lời): Xin tiếp thu ý kiến, sẽ lập sổ theo dõi công việc."), opinions);
        assertTrue(s.warnings().isEmpty(), s.warnings()::toString);
    }

    @Test
    void reads_a_discipline_decision() {
        String text = TestDocuments.read("decision-discipline.txt");
        DocumentStructure s = extractor.read(text, DocumentType.DISCIPLINE_DECISION);
        assertField(text, s, FieldName.DECISION_NUMBER, "12-QĐ/ĐU", "12-QĐ/ĐU");
        assertField(text, s, FieldName.DECISION_DATE, "2024-09-03", "ngày 03 tháng 9 năm 2024");
        assertField(text, s, FieldName.PLACE, "Hòa An", "Hòa An");
        assertField(text, s, FieldName.PARTY_COMMITTEE, "ĐẢNG BỘ XÃ HÒA AN", "ĐẢNG BỘ XÃ HÒA AN");
        assertField(text, s, FieldName.SUBJECT, "Bùi Văn Sơn", "Bùi Văn Sơn");
        assertField(text, s, FieldName.DISCIPLINE_FORM, "REPRIMAND", "khiển trách");
        assertField(text, s, FieldName.VIOLATION, "đã vi phạm quy định về quản lý đất đai tại thôn Tây",
                "đã vi phạm quy định về quản lý đất đai tại thôn Tây");
        assertTrue(s.warnings().isEmpty(), s.warnings()::toString);
    }

    @Test
    void reads_a_rating_decision() {
        String text = TestDocuments.read("decision-rating.txt");
        DocumentStructure s = extractor.read(text, DocumentType.RATING_DECISION);
        assertField(text, s, FieldName.DECISION_NUMBER, "45-QĐ/HU", "45-QĐ/HU");
        assertField(text, s, FieldName.DECISION_DATE, "2025-01-15", "15/01/2025");
        assertField(text, s, FieldName.SUBJECT, "Chi bộ Phòng Giáo dục", "Chi bộ Phòng Giáo dục");
        assertField(text, s, FieldName.RATING, "Hoàn thành tốt nhiệm vụ", "Hoàn thành tốt nhiệm vụ");
    }

    @Test
    void other_documents_and_registers_have_no_structure() {
        String text = TestDocuments.read("news-like.txt");
        assertEquals(DocumentStructure.empty(), extractor.read(text, DocumentType.OTHER));
        assertEquals(DocumentStructure.empty(), extractor.read("Họ và tên,Năm", DocumentType.RATING_REGISTER));
    }

    @Test
    void a_report_without_parts_says_so() {
        DocumentStructure s = extractor.read("Một đoạn văn không có phần nào.", DocumentType.INDIVIDUAL_REPORT);
        assertTrue(s.sections().isEmpty());
        assertTrue(s.warnings().contains("Không nhận ra phần nào của bản kiểm điểm (ưu điểm, hạn chế, ...)"),
                s.warnings()::toString);
    }

    @Test
    void reads_parts_lettered_in_capitals_with_lead_words() {
        String text = "BẢN KIỂM ĐIỂM\nHọ và tên: Đinh Thị Mai\nA. Về ưu điểm\nTận tụy với công việc.\n"
                + "B. Những hạn chế\nChưa mạnh dạn đề xuất.\nC. Về nguyên nhân\nThiếu kinh nghiệm.\n"
                + "D. Tự nhận mức xếp loại: Hoàn thành tốt nhiệm vụ\n";
        DocumentStructure s = extractor.read(text, DocumentType.INDIVIDUAL_REPORT);
        assertEquals(List.of(SectionKind.STRENGTHS, SectionKind.SHORTCOMINGS, SectionKind.CAUSES,
                SectionKind.SELF_RATING), kinds(s));
        assertSection(text, s.sections().get(1), SectionKind.SHORTCOMINGS, "B. Những hạn chế", "Chưa mạnh dạn đề xuất.");
        assertField(text, s, FieldName.SELF_RATING, "Hoàn thành tốt nhiệm vụ", "Hoàn thành tốt nhiệm vụ");
    }

    @Test
    void reads_an_opinion_introduced_by_y_kien_cua() {
        String text = "BIÊN BẢN\nChủ trì: Đ/c Mai Văn Long\nCác ý kiến:\n"
                + "- Ý kiến của đồng chí Tạ Văn Hùng: Cần nêu rõ số liệu.\nHội nghị kết thúc lúc 9h30.\n";
        DocumentStructure s = extractor.read(text, DocumentType.MINUTES);
        assertEquals(1, s.opinions().size());
        Opinion o = s.opinions().get(0);
        assertEquals("Tạ Văn Hùng", o.speaker());
        assertEquals("Cần nêu rõ số liệu.", text.substring(o.start(), o.end()));
        assertField(text, s, FieldName.CHAIR, "Mai Văn Long", "Mai Văn Long");
        assertField(text, s, FieldName.END_TIME, "09:30", "9h30");
    }

    @Test
    void finds_a_self_rating_stated_in_running_text() {
        String text = "BẢN KIỂM ĐIỂM\nHọ và tên: Lý Văn Phúc\nI. Ưu điểm\nChấp hành tốt.\n"
                + "II. Phương hướng\nRèn luyện thêm. Bản thân tự nhận mức xếp loại: Hoàn thành tốt nhiệm vụ.\n";
        DocumentStructure s = extractor.read(text, DocumentType.INDIVIDUAL_REPORT);
        assertEquals(List.of(SectionKind.STRENGTHS, SectionKind.DIRECTION), kinds(s));
        assertField(text, s, FieldName.SELF_RATING, "Hoàn thành tốt nhiệm vụ", "Hoàn thành tốt nhiệm vụ");
    }

    @Test
    void gives_the_same_structure_when_read_from_several_threads() {
        List<String> files = List.of("individual-2022-roman.txt", "minutes-2024.txt", "collective-2024.txt",
                "decision-discipline.txt");
        List<DocumentType> types = List.of(DocumentType.INDIVIDUAL_REPORT, DocumentType.MINUTES,
                DocumentType.COLLECTIVE_REPORT, DocumentType.DISCIPLINE_DECISION);
        List<DocumentStructure> expected = IntStream.range(0, files.size())
                .mapToObj(i -> extractor.read(TestDocuments.read(files.get(i)), types.get(i))).toList();
        List<Boolean> same = IntStream.range(0, 40).parallel()
                .mapToObj(n -> extractor.read(TestDocuments.read(files.get(n % 4)), types.get(n % 4))
                        .equals(expected.get(n % 4)))
                .toList();
        assertFalse(same.contains(false));
    }

    @Test
    void reads_a_collective_named_in_a_subtitle_under_bao_cao() {
        String text = "ĐẢNG BỘ HUYỆN BÌNH LÂM\nĐẢNG ỦY XÃ HÒA AN\nBÁO CÁO\n"
                + "Kiểm điểm tập thể Ban Thường vụ Đảng ủy xã Hòa An năm 2024\n"
                + "I. Ưu điểm\nLãnh đạo hoàn thành 15/16 chỉ tiêu.\nII. Hạn chế\nThu ngân sách chưa đạt.\n";
        assertEquals(DocumentType.COLLECTIVE_REPORT, DocumentClassifier.standard().classify(text, "").type());
        DocumentStructure s = extractor.read(text, DocumentType.COLLECTIVE_REPORT);
        assertField(text, s, FieldName.COLLECTIVE, "Ban Thường vụ Đảng ủy xã Hòa An", "Ban Thường vụ Đảng ủy xã Hòa An");
        assertField(text, s, FieldName.PARTY_COMMITTEE, "ĐẢNG BỘ HUYỆN BÌNH LÂM", "ĐẢNG BỘ HUYỆN BÌNH LÂM");
        assertField(text, s, FieldName.YEAR, "2024", "2024");
        assertEquals(List.of(SectionKind.STRENGTHS, SectionKind.SHORTCOMINGS), kinds(s));
    }

    @Test
    void reads_every_prefix_of_every_document_as_every_type_without_failing() {
        List<String> files = List.of("individual-2022-roman.txt", "individual-2025-parts.txt", "minutes-2024.txt",
                "decision-discipline.txt", "news-like.txt");
        int reads = 0;
        for (String file : files) {
            String text = TestDocuments.read(file);
            for (int end = 0; end <= text.length(); end += 211) {
                String prefix = text.substring(0, end);
                for (DocumentType type : DocumentType.values()) {
                    DocumentStructure s = extractor.read(prefix, type);
                    s.sections().forEach(section -> assertTrue(section.end() <= prefix.length()));
                    s.opinions().forEach(o -> assertTrue(o.end() <= prefix.length()));
                    reads++;
                }
            }
        }
        assertTrue(reads > 50);
    }
}

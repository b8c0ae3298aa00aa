package vn.soi.indexer.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Part headings that are unnumbered, bulleted, long, or unknown, in hand-written reports. */
class ReportHeadingsTest {

    private static final String HEADER = "ĐẢNG BỘ XÃ TÂN HÒA\nCHI BỘ THÔN BẮC SƠN\n\nBẢN KIỂM ĐIỂM CÁ NHÂN\n"
            + "Họ và tên: Phan Thị Ngọc Mai\nChức vụ: Chi hội trưởng Phụ nữ\n";

    private final StructureExtractor extractor = StructureExtractor.standard();

    private DocumentStructure read(String body) {
        return extractor.read(HEADER + body, DocumentType.INDIVIDUAL_REPORT);
    }

    private static List<SectionKind> kinds(DocumentStructure s) {
        return s.sections().stream().map(Section::kind).toList();
    }

    private static Section part(DocumentStructure s, SectionKind kind) {
        return s.sections().stream().filter(p -> p.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + s.sections()));
    }

    private static List<String> itemHeadings(Section part) {
        return part.items().stream().map(Section::heading).toList();
    }

    @Test
    void unnumbered_title_lines_after_numbered_parts_open_their_own_parts() {
        String body = "I. Ưu điểm\nTham gia đầy đủ các buổi sinh hoạt của chi bộ.\n"
                + "II. Hạn chế, khuyết điểm\nViệc nắm tình hình hội viên có lúc chưa sâu.\n"
                + "Kết quả khắc phục những khuyết điểm mà chi bộ đã nhắc nhở ở các lần kiểm điểm năm trước\n"
                + "Đã sửa được việc nộp báo cáo chậm.\n"
                + "Giải trình các nội dung được chi ủy gợi ý\nKhông có nội dung cần giải trình.\n"
                + "Liên hệ bản thân với các biểu hiện suy thoái về tư tưởng chính trị\n"
                + "Liên hệ với từng biểu hiện, bản thân chưa thấy có biểu hiện nào cần sửa chữa.\n"
                + "Biện pháp khắc phục trong năm tới\nDành thêm thời gian đi cơ sở.\n";

        DocumentStructure s = read(body);

        assertEquals(List.of(SectionKind.STRENGTHS, SectionKind.SHORTCOMINGS, SectionKind.REMEDIATION,
                SectionKind.EXPLANATION, SectionKind.DEGENERATION_SELF_CHECK, SectionKind.DIRECTION), kinds(s));
        String text = HEADER + body;
        assertTrue(part(s, SectionKind.SHORTCOMINGS).textIn(text).endsWith("có lúc chưa sâu."));
        assertTrue(part(s, SectionKind.DEGENERATION_SELF_CHECK).textIn(text).endsWith("nào cần sửa chữa."),
                "a body sentence starting with the cue stays in its part");
    }

    @Test
    void a_long_body_sentence_or_a_list_entry_starting_with_a_cue_is_not_a_heading() {
        String body = "Về ưu điểm\n- Liên hệ chặt chẽ với các hộ gia đình trong thôn để nắm tình hình\n"
                + "Liên hệ thường xuyên với Ban công tác Mặt trận, phối hợp vận động chị em tham gia làm đường.\n"
                + "Phương hướng hoạt động của chi hội được xây dựng từ đầu năm và thực hiện đúng tiến độ.\n"
                + "Về hạn chế\nCòn ngại va chạm.\n"
                + "Nguyên nhân chủ quan: bản thân chưa dành đủ thời gian cho công tác hội, còn để việc gia đình ảnh "
                + "hưởng đến việc đi cơ sở và nắm tình hình hội viên\n";

        DocumentStructure s = read(body);

        assertEquals(List.of(SectionKind.STRENGTHS, SectionKind.SHORTCOMINGS), kinds(s),
                "a long line that runs on after its colon is a sentence, not a heading");
    }

    @Test
    void a_sentence_wrapped_across_lines_is_not_taken_for_a_title_heading() {
        String body = "I. Ưu điểm\nTham gia đầy đủ các buổi sinh hoạt của chi bộ.\n"
                + "II. Hạn chế, khuyết điểm\nViệc nắm tình hình hội viên có lúc chưa sâu.\n"
                + "III. Nguyên nhân\n"
                + "Nguyên nhân chủ quan là do bản thân chưa sắp xếp thời gian, chưa\n"
                + "dành đủ thời gian đi cơ sở nắm tình hình hội viên.\n"
                + "Nguyên nhân khách quan là do địa bàn rộng và\n"
                + "Đường sá đi lại khó khăn vào mùa mưa.\n"
                + "IV. Biện pháp khắc phục\nDành thêm thời gian đi cơ sở.\n";

        DocumentStructure s = read(body);

        String causes = part(s, SectionKind.CAUSES).textIn(HEADER + body);
        assertTrue(causes.contains("Nguyên nhân chủ quan là do bản thân chưa sắp xếp"), causes);
        assertTrue(causes.contains("dành đủ thời gian đi cơ sở"), causes);
        assertTrue(itemHeadings(part(s, SectionKind.CAUSES)).stream()
                        .noneMatch(h -> h.contains("sắp xếp thời gian") || h.contains("địa bàn rộng")),
                "wrapped body lines are not item headings: " + itemHeadings(part(s, SectionKind.CAUSES)));
    }

    @Test
    void unknown_lettered_items_stay_items_of_the_strengths() {
        String body = "A. Ưu điểm\na) Về tư tưởng chính trị\nChấp hành tốt chủ trương của Đảng.\n"
                + "b) Công tác vận động chị em phụ nữ\nVận động được 12 hội viên mới.\n"
                + "c) Tham gia giữ gìn vệ sinh môi trường\nTổ chức 4 buổi dọn vệ sinh đường làng.\n"
                + "B. Hạn chế, khuyết điểm\nChưa đi cơ sở thường xuyên.\n";
        String text = HEADER + body;

        DocumentStructure s = read(body);

        assertEquals(List.of(SectionKind.STRENGTHS, SectionKind.SHORTCOMINGS), kinds(s));
        Section strengths = part(s, SectionKind.STRENGTHS);
        assertEquals(List.of("a) Về tư tưởng chính trị", "b) Công tác vận động chị em phụ nữ",
                "c) Tham gia giữ gìn vệ sinh môi trường"), itemHeadings(strengths));
        assertTrue(strengths.textIn(text).endsWith("dọn vệ sinh đường làng."), strengths.textIn(text));
    }

    @Test
    void a_top_level_part_without_cue_between_two_known_parts_stays_in_the_part_before_it() {
        String body = "I. Ưu điểm\nHoàn thành các chỉ tiêu của chi hội.\n"
                + "II. Công tác kiêm nhiệm\nKiêm nhiệm tổ trưởng tổ hòa giải, hòa giải thành 3 vụ.\n"
                + "III. Hạn chế, khuyết điểm\nChưa sâu sát.\n";
        String text = HEADER + body;

        DocumentStructure s = read(body);

        assertEquals(List.of(SectionKind.STRENGTHS, SectionKind.SHORTCOMINGS), kinds(s));
        Section strengths = part(s, SectionKind.STRENGTHS);
        assertTrue(strengths.textIn(text).endsWith("hòa giải thành 3 vụ."), strengths.textIn(text));
        assertEquals(List.of("II. Công tác kiêm nhiệm"), itemHeadings(strengths));
    }

    @Test
    void finds_causes_headings_written_after_a_dash_a_plus_or_a_bullet() {
        String body = "I. Ưu điểm\nGương mẫu.\nII. Hạn chế, khuyết điểm\nCòn chậm trễ trong báo cáo.\n"
                + "- Nguyên nhân của hạn chế, khuyết điểm\n+ Nguyên nhân chủ quan:\nChưa sắp xếp thời gian hợp lý.\n"
                + "• Nguyên nhân khách quan:\nĐịa bàn rộng, đi lại khó khăn.\n"
                + "III. Phương hướng, biện pháp khắc phục\nLập lịch công tác hằng tuần.\n";
        String text = HEADER + body;

        DocumentStructure s = read(body);

        assertEquals(List.of(SectionKind.STRENGTHS, SectionKind.SHORTCOMINGS, SectionKind.CAUSES,
                SectionKind.DIRECTION), kinds(s));
        Section causes = part(s, SectionKind.CAUSES);
        assertEquals("- Nguyên nhân của hạn chế, khuyết điểm", causes.heading());
        assertEquals(List.of("+ Nguyên nhân chủ quan:", "• Nguyên nhân khách quan:"), itemHeadings(causes));
        assertTrue(causes.items().get(1).textIn(text).endsWith("đi lại khó khăn."));
    }

    @Test
    void finds_long_headings_in_capitals_numbered_or_not() {
        String body = "I. ƯU ĐIỂM\nNhiệt tình.\n"
                + "II. NHỮNG HẠN CHẾ, KHUYẾT ĐIỂM, NGUYÊN NHÂN VÀ TRÁCH NHIỆM CỦA BẢN THÂN ĐỐI VỚI HẠN CHẾ CỦA TẬP THỂ\n"
                + "Chưa kịp thời nắm tâm tư của hội viên.\n"
                + "KẾT QUẢ KHẮC PHỤC NHỮNG HẠN CHẾ, KHUYẾT ĐIỂM ĐÃ ĐƯỢC CHI BỘ VÀ ĐẢNG ỦY XÃ CHỈ RA TRONG CÁC KỲ "
                + "KIỂM ĐIỂM CỦA NHỮNG NĂM TRƯỚC\nĐã khắc phục xong.\n";

        DocumentStructure s = read(body);

        assertEquals(List.of(SectionKind.STRENGTHS, SectionKind.SHORTCOMINGS, SectionKind.REMEDIATION), kinds(s));
    }

    @Test
    void splits_causes_into_internal_and_external_items() {
        String body = "Ưu điểm\nChịu khó học hỏi.\nHạn chế, khuyết điểm\nCòn nể nang.\n"
                + "Nguyên nhân chủ quan:\nBản thân chưa mạnh dạn.\nNguyên nhân khách quan:\nCông việc gia đình nhiều.\n"
                + "Phương hướng, biện pháp\nMạnh dạn góp ý.\n";
        String text = HEADER + body;

        DocumentStructure s = read(body);

        assertEquals(List.of(SectionKind.STRENGTHS, SectionKind.SHORTCOMINGS, SectionKind.CAUSES,
                SectionKind.DIRECTION), kinds(s));
        Section causes = part(s, SectionKind.CAUSES);
        assertEquals(List.of("Nguyên nhân chủ quan:", "Nguyên nhân khách quan:"), itemHeadings(causes));
        assertEquals("Nguyên nhân chủ quan:\nBản thân chưa mạnh dạn.", causes.items().get(0).textIn(text));
        assertTrue(causes.textIn(text).endsWith("Công việc gia đình nhiều."));
    }
}

package vn.soi.analyzer.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.Severity;
import vn.soi.analyzer.finding.SignalId;
import vn.soi.analyzer.finding.Subject;
import vn.soi.indexer.document.ParsedDocument;

class PraiseHeavyTest {

    static final String PRAISE = """
            #type: INDIVIDUAL_REPORT
            #person: Lê Văn Cường
            #unit: Chi bộ Văn phòng
            #year: 2024
            BẢN KIỂM ĐIỂM CÁ NHÂN
            [STRENGTHS] I. Ưu điểm, kết quả đạt được
            Bản thân luôn kiên định, tuyệt đối trung thành với mục tiêu lý tưởng của Đảng, tin tưởng vào sự lãnh đạo của Đảng.
            Luôn gương mẫu chấp hành nghiêm chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước.
            Có lối sống trong sạch, lành mạnh, giản dị, khiêm tốn, trung thực, đoàn kết tốt với đồng chí, đồng nghiệp.
            Tác phong làm việc khoa học, dân chủ, nhiệt tình, tận tụy, có tinh thần trách nhiệm cao với công việc.
            Ý thức tổ chức kỷ luật tốt, chấp hành nghiêm sự phân công của tổ chức, thực hiện nghiêm túc chế độ sinh hoạt đảng.
            Hoàn thành tốt mọi nhiệm vụ được giao, kịp thời, hiệu quả, được lãnh đạo và đồng nghiệp đánh giá cao.
            Tích cực học tập, nghiên cứu, chủ động, sáng tạo trong tham mưu, đề xuất giải pháp.
            Thường xuyên tự phê bình và phê bình, xây dựng tập thể đoàn kết, trong sạch, vững mạnh.
            [SHORTCOMINGS] II. Hạn chế, khuyết điểm
            Đôi lúc còn chưa mạnh dạn trong phê bình.
            [REMEDIATION] III. Kết quả khắc phục
            Đã khắc phục.
            """;

    private static Finding only(List<Finding> findings) {
        List<Finding> praise = findings.stream().filter(f -> f.signal() == SignalId.PRAISE_HEAVY).toList();
        assertEquals(1, praise.size(), () -> "expected one PRAISE_HEAVY finding in " + findings);
        return praise.get(0);
    }

    @Test
    void flags_a_report_whose_strengths_dwarf_one_hedged_shortcoming() {
        Finding finding = only(Fixtures.run(List.of(Fixtures.parse("praise.txt", PRAISE))));

        assertEquals(8, finding.measures().get("strengthsSentences"));
        assertEquals(1, finding.measures().get("shortcomingsSentences"));
        assertTrue((double) finding.measures().get("ratio") > 10, finding.measures().toString());
        assertEquals(Subject.Kind.PERSON, finding.subject().kind());
        assertEquals("Lê Văn Cường", finding.subject().name());
        assertEquals(2024, finding.subject().year());
        assertTrue(finding.explanation().startsWith("Phần ưu điểm có 8 câu"), finding.explanation());
        assertTrue(finding.explanation().contains("phần hạn chế và nguyên nhân chỉ 1 câu"), finding.explanation());
        assertTrue(finding.evidence().stream().anyMatch(e -> e.quote().equals("I. Ưu điểm, kết quả đạt được")));
        assertTrue(finding.evidence().stream().anyMatch(e -> e.quote().equals("Đôi lúc còn chưa mạnh dạn trong phê bình.")));
        String text = Fixtures.parse("praise.txt", PRAISE).text();
        finding.evidence().forEach(e -> assertEquals(e.quote(), text.substring(e.start(), e.end())));
        assertTrue(finding.score() > 0.5 && finding.score() <= 1);
    }

    @Test
    void rates_a_missing_shortcomings_part_high() {
        String noShortcomings = PRAISE.substring(0, PRAISE.indexOf("[SHORTCOMINGS]"));
        Finding finding = only(Fixtures.run(List.of(Fixtures.parse("none.txt", noShortcomings))));

        assertEquals(Severity.HIGH, finding.severity());
        assertEquals(false, finding.measures().get("shortcomingsPart"));
        assertTrue(finding.explanation().contains("không có nội dung hạn chế"), finding.explanation());
    }

    @Test
    void stays_quiet_on_a_balanced_report() {
        assertFalse(Fixtures.signals(Fixtures.HONEST_HEAD).contains(SignalId.PRAISE_HEAVY));
    }

    @Test
    void does_not_count_the_template_headings_as_words_of_a_part() {
        String headingOnly = """
                #type: INDIVIDUAL_REPORT
                [STRENGTHS] I. Ưu điểm, kết quả đạt được
                Hoàn thành tốt nhiệm vụ, xử lý 120 hồ sơ đúng hạn.
                Gương mẫu, đoàn kết.
                Tích cực học tập.
                [SHORTCOMINGS] II. Hạn chế, khuyết điểm và nguyên nhân
                Tôi xử lý chậm 4 hồ sơ đất đai của xã Tân Lập trong tháng 9 do chưa kiểm tra kỹ.
                """;
        ParsedDocument document = Fixtures.parse("h.txt", headingOnly);
        ReportReading reading = ReportReading.of(document, ContentVocabulary.from(
                vn.soi.analyzer.signal.AnalysisContext.standard().settings()));

        assertEquals(21, reading.part(vn.soi.indexer.document.SectionKind.SHORTCOMINGS).orElseThrow().words());
    }

    @Test
    void uses_the_cohort_fence_when_the_cohort_is_large_enough() {
        List<ParsedDocument> cohort = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            cohort.add(Fixtures.parse("honest-" + i + ".txt", Fixtures.HONEST_HEAD.replace("Trần Thị Bích", "Người " + i)));
        }
        cohort.add(Fixtures.parse("praise.txt", PRAISE));
        Finding finding = only(Fixtures.run(cohort));

        assertEquals(true, finding.measures().get("fenceFromCohort"));
        assertEquals(10, finding.measures().get("cohortSize"));
        assertTrue(finding.explanation().contains("của 10 bản kiểm điểm cùng loại năm 2024"), finding.explanation());
    }

    @Test
    void weighs_the_causes_of_the_shortcomings_on_the_critical_side() {
        String withCauses = """
                #type: INDIVIDUAL_REPORT
                #year: 2024
                [STRENGTHS] I. Ưu điểm, kết quả đạt được
                Chấp hành nghiêm sự phân công của chi bộ, sinh hoạt đầy đủ các kỳ trong năm.
                Giải quyết 212 hồ sơ một cửa của xã Phước Sơn, đúng hạn 96%.
                Phối hợp tổ chức 5 buổi tuyên truyền pháp luật tại các thôn, có 640 lượt người dự.
                Hoàn thành việc số hóa sổ hộ tịch từ năm 2010 đến năm 2015 trước tháng 8.
                [SHORTCOMINGS] II. Hạn chế, khuyết điểm và nguyên nhân
                Còn 9 hồ sơ hộ tịch trả chậm.
                [CAUSES] Nguyên nhân
                Bản thân chưa sắp xếp lịch tiếp dân hợp lý nên hồ sơ dồn vào cuối tuần.
                Tôi chưa báo cáo kịp thời với lãnh đạo khi phần mềm hộ tịch bị lỗi kéo dài.
                """;
        assertFalse(Fixtures.signals(withCauses).contains(SignalId.PRAISE_HEAVY));
        String withoutCauses = withCauses.substring(0, withCauses.indexOf("[CAUSES]"));
        assertTrue(Fixtures.signals(withoutCauses).contains(SignalId.PRAISE_HEAVY));
    }

    @Test
    void does_not_waive_the_tone_test_when_no_shortcomings_part_was_found() {
        String swallowed = """
                #type: INDIVIDUAL_REPORT
                #year: 2024
                [STRENGTHS] I. Ưu điểm
                Chấp hành nghiêm sự phân công của chi bộ.
                Hạn chế, khuyết điểm
                Còn chậm trả 9 hồ sơ hộ tịch, chưa kịp thời báo cáo khi phần mềm bị lỗi.
                Việc tham mưu báo cáo quý III còn chậm, có 2 văn bản phải sửa nhiều lần.
                Góp ý trong sinh hoạt chi bộ còn ít, chưa mạnh dạn phê bình.
                """;
        assertFalse(Fixtures.signals(swallowed).contains(SignalId.PRAISE_HEAVY));
    }
}

package vn.soi.analyzer.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.SignalId;

class NoConcreteResultsTest {

    /** Hard case: the only numbers are dates, a year and a central regulation; still no concrete result. */
    static final String DATES_ONLY = """
            #type: INDIVIDUAL_REPORT
            #year: 2024
            [STRENGTHS] I. Ưu điểm, kết quả đạt được
            Năm 2024, bản thân hoàn thành tốt nhiệm vụ được giao.
            Ngày 15/3/2024 tham gia học tập, quán triệt Quy định 124-QĐ/TW và Nghị quyết Trung ương 4.
            Luôn chủ động, tích cực, trách nhiệm trong công việc.
            [SHORTCOMINGS] II. Hạn chế
            Tôi nộp chậm báo cáo tháng 6 là 3 ngày.
            """;

    static final String NAMED_PRODUCT = """
            #type: INDIVIDUAL_REPORT
            #year: 2024
            [STRENGTHS] I. Ưu điểm, kết quả đạt được
            Chủ trì xây dựng đề án "Nâng cao chất lượng sinh hoạt chi bộ", được Đảng ủy phê duyệt.
            [SHORTCOMINGS] II. Hạn chế
            Tôi nộp chậm báo cáo tháng 6 là 3 ngày.
            """;

    @Test
    void flags_a_results_part_whose_only_numbers_are_dates() {
        List<Finding> findings = Fixtures.run(List.of(Fixtures.parse("d.txt", DATES_ONLY))).stream()
                .filter(f -> f.signal() == SignalId.NO_CONCRETE_RESULTS).toList();

        assertEquals(1, findings.size(), findings::toString);
        Finding finding = findings.get(0);
        assertEquals(0, finding.measures().get("concreteSentences"));
        assertEquals(3, finding.measures().get("resultSentences"));
        assertEquals(4, finding.measures().get("datesYearsAndReferences"));
        assertTrue(finding.explanation().contains("chỉ là ngày tháng, năm"), finding.explanation());
        assertTrue(finding.evidence().stream().anyMatch(e -> e.quote().startsWith("Ngày 15/3/2024")));
    }

    @Test
    void counts_a_named_product_as_a_concrete_result() {
        assertFalse(Fixtures.signals(NAMED_PRODUCT).contains(SignalId.NO_CONCRETE_RESULTS));
    }

    @Test
    void counts_figures_and_percentages_as_concrete_results() {
        assertFalse(Fixtures.signals(Fixtures.HONEST_HEAD).contains(SignalId.NO_CONCRETE_RESULTS));
    }
}

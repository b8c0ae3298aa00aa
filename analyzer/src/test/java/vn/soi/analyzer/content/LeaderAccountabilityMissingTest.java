package vn.soi.analyzer.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.Severity;
import vn.soi.analyzer.finding.SignalId;

class LeaderAccountabilityMissingTest {

    static final String DEFLECTING = """
            #type: INDIVIDUAL_REPORT
            #person: Hoàng Văn Em
            #year: 2024
            #government-position: Giám đốc Trung tâm Y tế
            #head: true
            [STRENGTHS] I. Ưu điểm
            Chỉ đạo khám, chữa bệnh cho 48.300 lượt người, tăng 6% so với năm trước.
            [SHORTCOMINGS] II. Hạn chế, khuyết điểm
            Trung tâm để xảy ra chậm thanh toán bảo hiểm y tế quý II.
            [RESPONSIBILITY] IV. Làm rõ trách nhiệm
            Trách nhiệm thuộc về tập thể Ban Giám đốc và bộ phận kế toán.
            """;

    /** Hard negative: no responsibility heading, but the body owns the shortcomings. */
    static final String IN_BODY = """
            #type: INDIVIDUAL_REPORT
            #year: 2024
            #party-position: Bí thư chi bộ
            [STRENGTHS] I. Ưu điểm
            Chỉ đạo khám, chữa bệnh cho 48.300 lượt người, tăng 6% so với năm trước.
            [SHORTCOMINGS] II. Hạn chế, khuyết điểm
            Trung tâm để xảy ra chậm thanh toán bảo hiểm y tế quý II.
            Là người đứng đầu, tôi chịu trách nhiệm trước Đảng ủy về việc chậm thanh toán này.
            """;

    static final String SILENT = """
            #type: INDIVIDUAL_REPORT
            #year: 2024
            #party-position: Phó Bí thư chi bộ
            [STRENGTHS] I. Ưu điểm
            Chỉ đạo khám, chữa bệnh cho 48.300 lượt người, tăng 6% so với năm trước.
            [SHORTCOMINGS] II. Hạn chế, khuyết điểm
            Trung tâm để xảy ra chậm thanh toán bảo hiểm y tế quý II.
            """;

    private static List<Finding> leaderFindings(String source) {
        return Fixtures.run(List.of(Fixtures.parse("r.txt", source))).stream()
                .filter(f -> f.signal() == SignalId.LEADER_ACCOUNTABILITY_MISSING).toList();
    }

    @Test
    void flags_a_head_who_puts_responsibility_on_the_collective() {
        List<Finding> findings = leaderFindings(DEFLECTING);

        assertEquals(1, findings.size(), findings::toString);
        Finding finding = findings.get(0);
        assertEquals("deflecting", finding.measures().get("state"));
        assertEquals(Severity.HIGH, finding.severity());
        assertEquals("Trách nhiệm thuộc về tập thể Ban Giám đốc và bộ phận kế toán.",
                finding.evidence().get(0).quote());
        assertTrue(finding.explanation().contains("Giám đốc Trung tâm Y tế"), finding.explanation());
    }

    @Test
    void does_not_flag_responsibility_stated_in_the_body_without_a_heading() {
        assertTrue(leaderFindings(IN_BODY).isEmpty());
    }

    @Test
    void flags_a_deputy_secretary_whose_report_never_takes_responsibility() {
        List<Finding> findings = leaderFindings(SILENT);

        assertEquals(1, findings.size(), findings::toString);
        assertEquals("missing", findings.get(0).measures().get("state"));
        assertEquals("II. Hạn chế, khuyết điểm", findings.get(0).evidence().get(0).quote());
    }

    @Test
    void ignores_the_reports_of_members_without_a_leading_position() {
        assertTrue(leaderFindings(SILENT.replace("#party-position: Phó Bí thư chi bộ", "#party-position: Đảng viên"))
                .isEmpty());
    }

    @Test
    void flags_a_collective_report_with_an_empty_responsibility_part() {
        String collective = """
                #type: COLLECTIVE_REPORT
                #collective: Ban Chấp hành Đảng bộ xã Tân Phú
                #year: 2024
                [STRENGTHS] I. Ưu điểm
                Lãnh đạo hoàn thành 14/16 chỉ tiêu nghị quyết.
                [SHORTCOMINGS] II. Hạn chế, khuyết điểm
                Hai chỉ tiêu về thu ngân sách và giảm nghèo không đạt.
                [RESPONSIBILITY] V. Trách nhiệm của tập thể và cá nhân
                Không.
                """;
        List<Finding> findings = leaderFindings(collective);

        assertEquals(1, findings.size(), findings::toString);
        assertEquals("empty", findings.get(0).measures().get("state"));
        assertEquals("Ban Chấp hành Đảng bộ xã Tân Phú", findings.get(0).subject().name());
    }

    @Test
    void stays_quiet_on_an_honest_report() {
        assertFalse(Fixtures.signals(Fixtures.HONEST_HEAD).contains(SignalId.LEADER_ACCOUNTABILITY_MISSING));
    }

    @Test
    void takes_responsibility_acknowledged_clearly_among_the_shortcomings() {
        String acknowledged = SILENT.replace("Trung tâm để xảy ra chậm thanh toán bảo hiểm y tế quý II.\n",
                "Trung tâm để xảy ra chậm thanh toán bảo hiểm y tế quý II.\n"
                        + "Tôi nhận rõ trách nhiệm của mình khi để việc thanh toán kéo dài.\n");
        assertTrue(leaderFindings(acknowledged).isEmpty());
        String unlinked = SILENT.replace("Trung tâm để xảy ra chậm thanh toán bảo hiểm y tế quý II.\n",
                "Trung tâm để xảy ra chậm thanh toán bảo hiểm y tế quý II.\n"
                        + "Bản thân chịu trách nhiệm cá nhân về việc chỉ đạo kế toán chưa sát.\n");
        assertTrue(leaderFindings(unlinked).isEmpty());
    }

    @Test
    void does_not_take_an_owned_cause_for_responsibility_for_the_units_shortcomings() {
        String causeOnly = SILENT + """
                [CAUSES] Nguyên nhân
                Trách nhiệm thuộc về bản thân vì chưa cập nhật quy định mới về thanh toán.
                """;
        assertEquals(1, leaderFindings(causeOnly).size());
    }
}

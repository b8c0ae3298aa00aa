package vn.soi.analyzer.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.SignalId;

class BlameExternalTest {

    static final String BLAME = """
            #type: INDIVIDUAL_REPORT
            #year: 2024
            [STRENGTHS] I. Ưu điểm
            Hoàn thành 95% chỉ tiêu thu ngân sách được giao.
            [SHORTCOMINGS] II. Hạn chế, khuyết điểm
            Một số hồ sơ giải quyết còn chậm so với thời hạn.
            [CAUSES] Nguyên nhân
            Nguyên nhân chủ yếu là khách quan: địa bàn rộng, khối lượng công việc nhiều.
            Mặt khác, văn bản hướng dẫn của cấp trên chưa kịp thời, nhân sự thiếu.
            """;

    static final String TO_COLLECTIVE = """
            #type: INDIVIDUAL_REPORT
            #year: 2024
            [STRENGTHS] I. Ưu điểm
            Hoàn thành 95% chỉ tiêu thu ngân sách được giao.
            [SHORTCOMINGS] II. Hạn chế, khuyết điểm
            Chi bộ còn chậm triển khai nghị quyết, tập thể chưa đoàn kết cao.
            Nguyên nhân là do tập thể chưa phân công rõ ràng.
            """;

    /** Hard negative: the objective causes are named, and subjective ones are owned beside them. */
    static final String BOTH = """
            #type: INDIVIDUAL_REPORT
            #year: 2024
            [STRENGTHS] I. Ưu điểm
            Hoàn thành 95% chỉ tiêu thu ngân sách được giao.
            [SHORTCOMINGS] II. Hạn chế, khuyết điểm
            Tôi để chậm 6 hồ sơ hoàn thuế quá 10 ngày.
            [CAUSES] Nguyên nhân
            Nguyên nhân khách quan: khối lượng công việc nhiều, địa bàn rộng.
            Nguyên nhân chủ quan: bản thân chưa sắp xếp công việc hợp lý, chưa kiểm tra tiến độ hằng tuần.
            """;

    @Test
    void flags_causes_put_only_on_objective_and_outside_factors() {
        List<Finding> findings = Fixtures.run(List.of(Fixtures.parse("blame.txt", BLAME))).stream()
                .filter(f -> f.signal() == SignalId.BLAME_EXTERNAL).toList();

        assertEquals(1, findings.size(), findings::toString);
        Finding finding = findings.get(0);
        assertEquals(2, finding.measures().get("externalCauseSentences"));
        assertEquals(0, finding.measures().get("ownedCauseSentences"));
        assertEquals("Nguyên nhân chủ yếu là khách quan: địa bàn rộng, khối lượng công việc nhiều.",
                finding.evidence().get(0).quote());
        assertTrue(finding.explanation().contains("không nêu nguyên nhân chủ quan nào của bản thân"),
                finding.explanation());
    }

    @Test
    void flags_an_individual_who_puts_shortcomings_and_causes_on_the_collective() {
        List<Finding> findings = Fixtures.run(List.of(Fixtures.parse("c.txt", TO_COLLECTIVE))).stream()
                .filter(f -> f.signal() == SignalId.BLAME_EXTERNAL).toList();

        assertEquals(1, findings.size(), findings::toString);
        assertEquals(1, findings.get(0).measures().get("shortcomingsWithOnlyCollectiveSubject"));
    }

    @Test
    void does_not_flag_objective_causes_named_beside_owned_subjective_causes() {
        assertFalse(Fixtures.signals(BOTH).contains(SignalId.BLAME_EXTERNAL));
    }

    @Test
    void does_not_flag_a_collective_that_owns_its_causes() {
        String collective = TO_COLLECTIVE.replace("INDIVIDUAL_REPORT", "COLLECTIVE_REPORT");
        assertFalse(Fixtures.signals(collective).contains(SignalId.BLAME_EXTERNAL));
    }

    @Test
    void stays_quiet_on_an_honest_report() {
        assertFalse(Fixtures.signals(Fixtures.HONEST_HEAD).contains(SignalId.BLAME_EXTERNAL));
    }

    @Test
    void does_not_take_a_leaders_report_of_the_units_shortcomings_as_a_deflection() {
        String secretary = TO_COLLECTIVE.replace("#year: 2024", "#year: 2024\n#party-position: Bí thư chi bộ")
                .replace("Nguyên nhân là do tập thể chưa phân công rõ ràng.\n", "");
        assertFalse(Fixtures.signals(secretary).contains(SignalId.BLAME_EXTERNAL));
        assertTrue(Fixtures.signals(TO_COLLECTIVE.replace("Nguyên nhân là do tập thể chưa phân công rõ ràng.\n", ""))
                .contains(SignalId.BLAME_EXTERNAL));
    }

    @Test
    void takes_complacency_admitted_among_the_shortcomings_as_an_owned_cause() {
        String complacent = """
                #type: INDIVIDUAL_REPORT
                #year: 2024
                [STRENGTHS] I. Ưu điểm
                Hoàn thành 95% chỉ tiêu thu ngân sách được giao.
                [SHORTCOMINGS] II. Hạn chế, khuyết điểm và nguyên nhân
                Còn 7 hồ sơ miễn giảm thuế trả chậm.
                Tôi còn chủ quan, chưa kiểm tra kỹ hồ sơ trước khi trình ký.
                Nguyên nhân khách quan, phần mềm quản lý thuế lỗi trong tháng 10.
                """;
        assertFalse(Fixtures.signals(complacent).contains(SignalId.BLAME_EXTERNAL));
        assertTrue(Fixtures.signals(complacent.replace("Tôi còn chủ quan, chưa kiểm tra kỹ hồ sơ trước khi trình ký.\n",
                "")).contains(SignalId.BLAME_EXTERNAL));
    }

    @Test
    void counts_the_failing_of_the_collectives_own_head_as_an_owned_cause() {
        String collective = """
                #type: COLLECTIVE_REPORT
                #year: 2024
                [STRENGTHS] I. Ưu điểm
                Lãnh đạo hoàn thành 14/16 chỉ tiêu nghị quyết.
                [SHORTCOMINGS] II. Hạn chế, khuyết điểm
                Hai chỉ tiêu về thu ngân sách và giảm nghèo không đạt.
                [CAUSES] Nguyên nhân
                Người đứng đầu chưa dành đủ thời gian đôn đốc việc thu ngân sách.
                Thời tiết bất lợi làm giảm thu nhập của các hộ cận nghèo.
                """;
        assertFalse(Fixtures.signals(collective).contains(SignalId.BLAME_EXTERNAL));
    }
}

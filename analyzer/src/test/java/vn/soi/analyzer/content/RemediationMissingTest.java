package vn.soi.analyzer.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.SignalId;

class RemediationMissingTest {

    private static final String HEAD = """
            #type: INDIVIDUAL_REPORT
            #year: 2024
            [STRENGTHS] I. Ưu điểm
            Giải quyết 40 hồ sơ đúng hạn.
            [SHORTCOMINGS] II. Hạn chế
            Tôi để chậm 2 hồ sơ của xã Tân Lập.
            """;

    private static List<Finding> remediation(String source) {
        return Fixtures.run(List.of(Fixtures.parse("r.txt", source))).stream()
                .filter(f -> f.signal() == SignalId.REMEDIATION_MISSING).toList();
    }

    @Test
    void flags_a_report_without_a_remediation_part() {
        List<Finding> findings = remediation(HEAD);

        assertEquals(1, findings.size(), findings::toString);
        assertEquals("missing", findings.get(0).measures().get("state"));
    }

    @Test
    void flags_a_claim_of_remediation_that_says_nothing_about_how() {
        List<Finding> findings = remediation(HEAD + """
                [REMEDIATION] III. Kết quả khắc phục hạn chế, khuyết điểm đã được chỉ ra
                Những hạn chế năm trước bản thân đã nghiêm túc tiếp thu và cơ bản đã khắc phục.
                """);

        assertEquals(1, findings.size(), findings::toString);
        assertEquals("claimed", findings.get(0).measures().get("state"));
        assertEquals(List.of("III. Kết quả khắc phục hạn chế, khuyết điểm đã được chỉ ra",
                        "Những hạn chế năm trước bản thân đã nghiêm túc tiếp thu và cơ bản đã khắc phục."),
                findings.get(0).evidence().stream().map(e -> e.quote()).toList());
    }

    @Test
    void flags_an_empty_remediation_part() {
        assertEquals("empty", remediation(HEAD + "[REMEDIATION] III. Kết quả khắc phục\nKhông.\n").get(0)
                .measures().get("state"));
    }

    @Test
    void accepts_a_remediation_that_says_what_was_done_and_when() {
        assertFalse(Fixtures.signals(Fixtures.HONEST_HEAD).contains(SignalId.REMEDIATION_MISSING));
    }

    @Test
    void accepts_a_statement_that_no_shortcoming_was_pointed_out() {
        assertEquals(List.of(), remediation(HEAD + """
                [REMEDIATION] III. Kết quả khắc phục
                Kỳ kiểm điểm năm 2023, bản thân không có hạn chế, khuyết điểm nào được chỉ ra.
                """));
    }
}

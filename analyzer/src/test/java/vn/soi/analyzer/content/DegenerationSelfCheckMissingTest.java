package vn.soi.analyzer.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.SignalId;

class DegenerationSelfCheckMissingTest {

    private static final String WITHOUT = """
            #type: INDIVIDUAL_REPORT
            #year: 2024
            [STRENGTHS] I. Ưu điểm
            Giải quyết 40 hồ sơ đúng hạn.
            [SHORTCOMINGS] II. Hạn chế
            Tôi để chậm 2 hồ sơ của xã Tân Lập.
            """;

    private static List<Finding> degeneration(String source) {
        return Fixtures.run(List.of(Fixtures.parse("r.txt", source))).stream()
                .filter(f -> f.signal() == SignalId.DEGENERATION_SELF_CHECK_MISSING).toList();
    }

    @Test
    void flags_an_individual_report_that_never_relates_to_the_27_expressions() {
        List<Finding> findings = degeneration(WITHOUT);

        assertEquals(1, findings.size(), findings::toString);
        assertEquals("I. Ưu điểm", findings.get(0).evidence().get(0).quote());
        assertTrue(findings.get(0).explanation().contains("27 biểu hiện suy thoái"));
    }

    @Test
    void flags_a_self_check_part_that_is_only_a_heading() {
        List<Finding> findings = degeneration(WITHOUT
                + "[DEGENERATION_SELF_CHECK] Liên hệ với 27 biểu hiện suy thoái, \"tự diễn biến\", \"tự chuyển hóa\"\n");

        assertEquals(1, findings.size(), findings::toString);
        assertEquals(true, findings.get(0).measures().get("selfCheckPart"));
    }

    @Test
    void accepts_a_relation_written_in_the_body() {
        assertFalse(Fixtures.signals(Fixtures.HONEST_HEAD).contains(SignalId.DEGENERATION_SELF_CHECK_MISSING));
    }

    @Test
    void does_not_apply_to_collective_reports() {
        assertTrue(degeneration(WITHOUT.replace("INDIVIDUAL_REPORT", "COLLECTIVE_REPORT")).isEmpty());
    }
}

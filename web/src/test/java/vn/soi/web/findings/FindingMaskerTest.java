package vn.soi.web.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.soi.analyzer.finding.Evidence;
import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.Severity;
import vn.soi.analyzer.finding.SignalId;
import vn.soi.analyzer.finding.Subject;
import vn.soi.indexer.document.DocumentType;
import vn.soi.web.pseudonym.Pseudonymizer;

class FindingMaskerTest {
    private static final Pseudonymizer PSEUDONYMS =
            new Pseudonymizer("khóa-thử-nghiệm-32-byte-cho-kiểm-tra".getBytes(StandardCharsets.UTF_8));
    private static final String REGISTER = "so/ky-luat-2023.xlsx";

    @Test
    void names_inside_list_and_map_measures_are_pseudonymised() {
        FindingMasker masker = FindingMasker.pseudonymising(PSEUDONYMS,
                Set.of("Lê Văn Cường", "Phạm Thị Dung"), Set.of(REGISTER));
        Map<String, Object> measures = new LinkedHashMap<>();
        measures.put("disciplinedLeadershipMembers",
                List.of("Lê Văn Cường (Bí thư): Khiển trách 12/08/2023", "Phạm Thị Dung: Cảnh cáo 01/09/2023"));
        measures.put("byMember", Map.of("Lê Văn Cường", List.of("Khiển trách")));
        measures.put("year", 2023);
        Finding finding = new Finding("collective-1", SignalId.RATING_DISCIPLINE_CONFLICT, Severity.HIGH, 0.9,
                REGISTER, DocumentType.DISCIPLINE_REGISTER,
                new Subject(Subject.Kind.COLLECTIVE, "Chi bộ Văn phòng", "Chi bộ Văn phòng", 2023),
                List.of(Evidence.row(REGISTER, "Lê Văn Cường | Chi bộ Văn phòng | Khiển trách")), measures,
                "Tập thể hoàn thành xuất sắc trong khi Lê Văn Cường bị kỷ luật.", "Quy định 124-QĐ/TW");

        Finding masked = masker.mask(finding);

        String shown = masked.measures().toString();
        assertFalse(shown.contains("Lê Văn Cường"), shown);
        assertFalse(shown.contains("Phạm Thị Dung"), shown);
        assertTrue(shown.contains(PSEUDONYMS.pseudonym("Lê Văn Cường") + " (Bí thư): Khiển trách"), shown);
        assertEquals(2023, masked.measures().get("year"));
        assertEquals(List.of(List.of("Khiển trách")), List.copyOf(((Map<?, ?>) masked.measures().get("byMember"))
                .values()));
    }
}

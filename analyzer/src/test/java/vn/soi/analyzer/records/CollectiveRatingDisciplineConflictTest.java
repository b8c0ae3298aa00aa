package vn.soi.analyzer.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.soi.analyzer.testing.TestDocs.doc;
import static vn.soi.analyzer.testing.TestDocs.run;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.Severity;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.FieldName;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.records.DisciplineForm;
import vn.soi.indexer.records.DisciplineRecord;

class CollectiveRatingDisciplineConflictTest {

    static ParsedDocument collectiveReport(int year) {
        String text = "BÁO CÁO KIỂM ĐIỂM TẬP THỂ CHI ỦY CHI BỘ PHÒNG KẾ HOẠCH NĂM " + year
                + "\nTập thể tự nhận mức: Hoàn thành xuất sắc nhiệm vụ\n";
        return doc("bc/chi-uy-" + year + ".txt", DocumentType.COLLECTIVE_REPORT, text)
                .field(FieldName.COLLECTIVE, "Chi ủy Chi bộ Phòng Kế hoạch")
                .field(FieldName.UNIT, "Chi bộ Phòng Kế hoạch").field(FieldName.YEAR, String.valueOf(year))
                .field(FieldName.SELF_RATING, "Hoàn thành xuất sắc nhiệm vụ").build();
    }

    static ParsedDocument discipline(String position, LocalDate decided) {
        return doc("registers/ky-luat.csv", DocumentType.DISCIPLINE_REGISTER, "").records(List.of(
                new DisciplineRecord("Lê Văn Cường", false, "Chi bộ Phòng Kế hoạch", position, DisciplineForm.WARNING,
                        decided, "", "", 2, Map.of()))).build();
    }

    @Test
    void flags_a_collective_rating_itself_excellent_while_its_deputy_secretary_was_warned_that_year() {
        List<Finding> findings = run(new CollectiveRatingDisciplineConflict(), collectiveReport(2025),
                discipline("Phó Bí thư chi bộ", LocalDate.of(2025, 6, 3)));

        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(Severity.HIGH, f.severity());
        assertTrue(f.explanation().contains("Lê Văn Cường, Phó Bí thư chi bộ (cảnh cáo ngày 03/06/2025)"),
                f.explanation());
        assertEquals(2, f.evidence().size());
        assertEquals("registers/ky-luat.csv", f.evidence().get(1).document());
    }

    @Test
    void stays_quiet_when_the_disciplined_member_is_not_in_the_leadership() {
        assertTrue(run(new CollectiveRatingDisciplineConflict(), collectiveReport(2025),
                discipline("Chuyên viên", LocalDate.of(2025, 6, 3))).isEmpty());
    }

    @Test
    void stays_quiet_when_the_discipline_falls_in_another_year() {
        assertTrue(run(new CollectiveRatingDisciplineConflict(), collectiveReport(2024),
                discipline("Bí thư chi bộ", LocalDate.of(2025, 1, 10))).isEmpty());
    }
}

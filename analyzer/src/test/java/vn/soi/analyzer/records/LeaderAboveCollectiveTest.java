package vn.soi.analyzer.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.soi.analyzer.testing.TestDocs.doc;
import static vn.soi.analyzer.testing.TestDocs.run;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.Severity;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.document.Rating;
import vn.soi.indexer.records.RatingRecord;

class LeaderAboveCollectiveTest {

    static ParsedDocument register(String position, Rating person, Rating collective) {
        return doc("registers/xep-loai-2023.xlsx", DocumentType.RATING_REGISTER, "").records(List.of(
                new RatingRecord("Phạm Minh Đức", false, "Chi bộ Trường Tiểu học Hòa Bình", position, 2023, person, 2,
                        Map.of()),
                new RatingRecord("Chi bộ Trường Tiểu học Hòa Bình", true, "Chi bộ Trường Tiểu học Hòa Bình", "", 2023,
                        collective, 3, Map.of()))).build();
    }

    @Test
    void flags_a_secretary_rated_above_the_cell_he_heads() {
        List<Finding> findings = run(new LeaderAboveCollective(),
                register("Bí thư chi bộ", Rating.EXCELLENT, Rating.GOOD));

        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(Severity.MEDIUM, f.severity());
        assertEquals(1, f.measures().get("levelsAbove"));
        assertEquals("REGISTER:HTXSNV", f.measures().get("headRating"));
        assertTrue(f.explanation().contains("cao hơn tập thể Chi bộ Trường Tiểu học Hòa Bình"), f.explanation());
        assertTrue(f.rule().contains("124-QĐ/TW"), f.rule());
    }

    @Test
    void a_deputy_is_not_the_head() {
        assertTrue(run(new LeaderAboveCollective(), register("Phó Bí thư chi bộ", Rating.EXCELLENT, Rating.GOOD))
                .isEmpty());
    }

    @Test
    void stays_quiet_when_the_head_is_rated_as_the_collective() {
        assertTrue(run(new LeaderAboveCollective(), register("Bí thư chi bộ", Rating.GOOD, Rating.GOOD)).isEmpty());
    }
}

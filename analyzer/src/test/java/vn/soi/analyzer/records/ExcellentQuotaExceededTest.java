package vn.soi.analyzer.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.soi.analyzer.testing.TestDocs.doc;
import static vn.soi.analyzer.testing.TestDocs.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.Severity;
import vn.soi.analyzer.finding.Subject;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.document.Rating;
import vn.soi.indexer.records.RatingRecord;

class ExcellentQuotaExceededTest {

    static ParsedDocument register(int year, int excellent, int good, int completed) {
        List<RatingRecord> rows = new ArrayList<>();
        int row = 2;
        for (int i = 0; i < excellent; i++) {
            rows.add(new RatingRecord("Đảng viên X" + i, false, "Chi bộ Phòng Tài chính", "", year, Rating.EXCELLENT,
                    row++, Map.of()));
        }
        for (int i = 0; i < good; i++) {
            rows.add(new RatingRecord("Đảng viên T" + i, false, "Chi bộ Phòng Tài chính", "", year, Rating.GOOD,
                    row++, Map.of()));
        }
        for (int i = 0; i < completed; i++) {
            rows.add(new RatingRecord("Đảng viên H" + i, false, "Chi bộ Phòng Tài chính", "", year, Rating.COMPLETED,
                    row++, Map.of()));
        }
        return doc("registers/xep-loai-" + year + ".csv", DocumentType.RATING_REGISTER, "").records(rows).build();
    }

    @Test
    void a_quota_exactly_at_twenty_percent_is_not_exceeded() {
        assertTrue(run(new ExcellentQuotaExceeded(), register(2021, 4, 20, 2)).isEmpty());
    }

    @Test
    void flags_five_excellent_against_eighteen_good_with_the_base_used() {
        List<Finding> findings = run(new ExcellentQuotaExceeded(), register(2021, 5, 18, 1));

        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(Severity.MEDIUM, f.severity());
        assertEquals(Subject.Kind.UNIT, f.subject().kind());
        assertEquals("Chi bộ Phòng Tài chính", f.subject().unit());
        assertEquals(2021, f.subject().year());
        assertEquals(5L, f.measures().get("excellent"));
        assertEquals(18L, f.measures().get("good"));
        assertEquals(27.8, f.measures().get("sharePercentOfBase"));
        assertEquals("HTTNV", f.measures().get("base"));
        assertEquals(20.8, f.measures().get("sharePercentOfAllRated"));
        assertTrue(f.explanation().contains("(27,8%), vượt mức 20% số Hoàn thành tốt nhiệm vụ"), f.explanation());
        assertEquals(5, f.evidence().size());
        assertEquals("Đảng viên X0 | Chi bộ Phòng Tài chính | 2021 | Hoàn thành xuất sắc nhiệm vụ",
                f.evidence().get(0).quote());
    }

    @Test
    void a_share_within_the_2025_exception_is_low_and_names_the_exception() {
        List<Finding> findings = run(new ExcellentQuotaExceeded(), register(2025, 5, 20, 0));

        assertEquals(1, findings.size());
        assertEquals(Severity.LOW, findings.get(0).severity());
        assertEquals(true, findings.get(0).measures().get("withinException"));
        assertTrue(findings.get(0).explanation().contains("ngoại lệ 25%"), findings.get(0).explanation());
    }

    @Test
    void the_unconfirmed_base_of_2023_lowers_the_severity() {
        List<Finding> findings = run(new ExcellentQuotaExceeded(), register(2023, 6, 10, 0));

        assertEquals(Severity.LOW, findings.get(0).severity());
        assertTrue(findings.get(0).explanation().contains("chưa được xác nhận"), findings.get(0).explanation());
    }

    @Test
    void a_person_listed_twice_counts_once() {
        ParsedDocument twice = doc("registers/b.csv", DocumentType.RATING_REGISTER, "").records(List.of(
                new RatingRecord("Đảng viên X0", false, "Chi bộ Phòng Tài chính", "", 2021, Rating.EXCELLENT, 2,
                        Map.of()))).build();

        assertTrue(run(new ExcellentQuotaExceeded(), register(2021, 4, 20, 0), twice).isEmpty());
    }
}

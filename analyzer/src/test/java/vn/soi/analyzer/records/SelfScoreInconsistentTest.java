package vn.soi.analyzer.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.soi.analyzer.testing.TestDocs.doc;
import static vn.soi.analyzer.testing.TestDocs.run;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.Severity;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.FieldName;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.document.SectionKind;

class SelfScoreInconsistentTest {

    static ParsedDocument report(int year, String general, String results, String total, String level,
                                 String remediation) {
        String text = "BẢN KIỂM ĐIỂM NĂM " + year + "\nIII. Kết quả khắc phục: " + remediation
                + "\nTự chấm điểm: tiêu chí chung " + general + " điểm; kết quả " + results + " điểm; tổng " + total
                + " điểm.\nĐề xuất mức: " + level + "\n";
        return doc("bk/" + year + ".txt", DocumentType.INDIVIDUAL_REPORT, text)
                .field(FieldName.PERSON, "Đỗ Thu Hà").field(FieldName.YEAR, String.valueOf(year), String.valueOf(year))
                .field(FieldName.POINTS_GENERAL, general.replace(',', '.'), "chung " + general)
                .field(FieldName.POINTS_RESULTS, results.replace(',', '.'), "quả " + results)
                .field(FieldName.POINTS_TOTAL, total.replace(',', '.'), "tổng " + total)
                .field(FieldName.SELF_RATING, level)
                .section(SectionKind.REMEDIATION, "III. Kết quả khắc phục", "Tự chấm điểm").build();
    }

    @Test
    void flags_points_that_do_not_add_up() {
        List<Finding> findings = run(new SelfScoreInconsistent(),
                report(2025, "28", "65", "95", "Hoàn thành xuất sắc nhiệm vụ", "đã khắc phục việc nộp chậm."));

        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(Severity.MEDIUM, f.severity());
        assertTrue(f.explanation().contains("điểm tiêu chí chung 28 cộng điểm kết quả 65 bằng 93, không phải tổng 95"),
                f.explanation());
        assertTrue(f.rule().contains("366-QĐ/TW"));
    }

    @Test
    void flags_an_excellent_proposal_below_the_ninety_point_band_as_high() {
        List<Finding> findings = run(new SelfScoreInconsistent(),
                report(2025, "25", "60,5", "85,5", "Hoàn thành xuất sắc nhiệm vụ", "đã khắc phục."));

        assertEquals(Severity.HIGH, findings.get(0).severity());
        assertEquals("HTTNV", findings.get(0).measures().get("bandOfTotal"));
        assertTrue(findings.get(0).explanation().contains("tổng 85,5"), findings.get(0).explanation());
    }

    @Test
    void flags_an_excellent_proposal_while_admitting_shortcomings_not_remedied() {
        List<Finding> findings = run(new SelfScoreInconsistent(), report(2025, "28", "64", "92",
                "Hoàn thành xuất sắc nhiệm vụ", "việc cập nhật hồ sơ đảng viên chưa khắc phục triệt để."));

        assertEquals(1, findings.size());
        assertTrue(findings.get(0).evidence().stream()
                .anyMatch(e -> e.quote().contains("chưa khắc phục triệt để")));
    }

    @Test
    void stays_quiet_on_consistent_points_and_level() {
        assertTrue(run(new SelfScoreInconsistent(),
                report(2025, "28", "64", "92", "Hoàn thành xuất sắc nhiệm vụ", "đã khắc phục.")).isEmpty());
    }

    @Test
    void ignores_points_in_a_year_before_the_points_scale() {
        assertTrue(run(new SelfScoreInconsistent(),
                report(2024, "28", "65", "95", "Hoàn thành xuất sắc nhiệm vụ", "đã khắc phục.")).isEmpty());
    }
}

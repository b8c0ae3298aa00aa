package vn.soi.analyzer.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.soi.analyzer.corpus.Reports.HUNG_DIRECTION;
import static vn.soi.analyzer.corpus.Reports.HUNG_SHORTCOMINGS;
import static vn.soi.analyzer.corpus.Reports.HUNG_STRENGTHS;
import static vn.soi.analyzer.corpus.Reports.MAI_DIRECTION;
import static vn.soi.analyzer.corpus.Reports.MAI_SHORTCOMINGS;
import static vn.soi.analyzer.corpus.Reports.MAI_STRENGTHS;
import static vn.soi.analyzer.corpus.Reports.report;
import static vn.soi.analyzer.testing.TestDocs.run;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.Severity;
import vn.soi.indexer.document.ParsedDocument;

class YearOverYearCopyTest {

    static final ParsedDocument Y2023 = report("bk/2023/hung.txt", "Nguyễn Văn Hùng", "Chi bộ Phòng Tài chính",
            2023, HUNG_STRENGTHS, HUNG_SHORTCOMINGS, HUNG_DIRECTION);

    static ParsedDocument repeated2024() {
        List<String> strengths = new ArrayList<>(HUNG_STRENGTHS);
        strengths.add("Tôi tham gia đoàn kiểm tra công tác quyết toán ngân sách của hai thị trấn.");
        return report("bk/2024/hung.txt", "Nguyễn Văn Hùng", "Chi bộ Phòng Tài chính", 2024, strengths,
                HUNG_SHORTCOMINGS, HUNG_DIRECTION);
    }

    @Test
    void flags_a_report_that_repeats_last_years_report_and_its_shortcomings_as_high() {
        List<Finding> findings = run(new YearOverYearCopy(), Y2023, repeated2024());

        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(Severity.HIGH, f.severity());
        assertEquals("bk/2024/hung.txt", f.document());
        assertEquals("bk/2023/hung.txt", f.measures().get("previousDocument"));
        assertTrue((double) f.measures().get("stickiness") >= 0.8, f.measures().toString());
        assertEquals(1.0, f.measures().get("shortcomingsStickiness"));
        assertTrue(f.evidence().get(0).quote().startsWith("Hạn chế lớn nhất")
                || f.evidence().get(0).quote().startsWith("Tôi chưa dành")
                || f.evidence().get(0).quote().startsWith("Nguyên nhân chủ yếu"), f.evidence().get(0).quote());
        assertTrue(f.evidence().stream().anyMatch(e -> e.document().equals("bk/2023/hung.txt")));
        assertTrue(f.explanation().contains("chưa thấy khắc phục"), f.explanation());
    }

    @Test
    void finds_the_repetition_when_the_later_year_arrives_first() {
        List<Finding> findings = run(new YearOverYearCopy(), repeated2024(), Y2023);

        assertEquals(1, findings.size());
        assertEquals("bk/2024/hung.txt", findings.get(0).document());
        assertEquals("bk/2024/hung.txt", findings.get(0).evidence().get(0).document());
    }

    @Test
    void stays_quiet_when_the_new_report_is_written_anew() {
        ParsedDocument fresh = report("bk/2024/hung.txt", "Nguyễn Văn Hùng", "Chi bộ Phòng Tài chính", 2024,
                MAI_STRENGTHS, MAI_SHORTCOMINGS, MAI_DIRECTION);

        assertTrue(run(new YearOverYearCopy(), Y2023, fresh).isEmpty());
    }
}

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
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.soi.analyzer.finding.Evidence;
import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.Subject;
import vn.soi.indexer.document.ParsedDocument;

class CopiedReportTest {

    static final ParsedDocument HUNG = report("bk/2024/hung.txt", "Nguyễn Văn Hùng", "Chi bộ Phòng Tài chính", 2024,
            HUNG_STRENGTHS, HUNG_SHORTCOMINGS, HUNG_DIRECTION);
    static final ParsedDocument MAI = report("bk/2024/mai.txt", "Lê Thị Mai", "Chi bộ Phòng Nội vụ", 2024,
            MAI_STRENGTHS, MAI_SHORTCOMINGS, MAI_DIRECTION);

    /** Hùng's report with the sentences of each part reordered, names and places changed, one number changed. */
    static ParsedDocument copy() {
        List<String> strengths = new ArrayList<>(HUNG_STRENGTHS);
        Collections.reverse(strengths);
        strengths.set(2, strengths.get(2).replace("214", "198"));
        strengths.set(0, strengths.get(0).replace("mười bốn xã", "mười hai phường"));
        List<String> shortcomings = new ArrayList<>(HUNG_SHORTCOMINGS);
        shortcomings.set(1, shortcomings.get(1).replace("của phòng", "của đồng chí Trần Quốc Toàn"));
        Collections.rotate(shortcomings, 1);
        return report("bk/2024/toan.txt", "Trần Quốc Toàn", "Chi bộ Phòng Kế hoạch", 2024, strengths,
                shortcomings, HUNG_DIRECTION);
    }

    @Test
    void flags_a_copy_with_sentences_reordered_and_names_changed_naming_both_documents() {
        ParsedDocument copy = copy();
        List<Finding> findings = run(new CopiedReport(), HUNG, MAI, copy);

        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("bk/2024/hung.txt", f.document());
        assertEquals(Subject.Kind.PAIR, f.subject().kind());
        assertEquals("Nguyễn Văn Hùng | Trần Quốc Toàn", f.subject().name());
        assertEquals("bk/2024/toan.txt", f.measures().get("withDocument"));
        double jaccard = (double) f.measures().get("jaccard");
        assertTrue(jaccard >= 0.5 && jaccard < 1, f.measures().toString());
        assertTrue(f.evidence().stream().anyMatch(e -> e.document().equals("bk/2024/hung.txt")));
        assertTrue(f.evidence().stream().anyMatch(e -> e.document().equals("bk/2024/toan.txt")));
        Map<String, String> texts = Map.of("bk/2024/hung.txt", HUNG.text(), "bk/2024/toan.txt", copy.text());
        for (Evidence e : f.evidence()) {
            assertEquals(e.quote(), texts.get(e.document()).substring(e.start(), e.end()));
        }
        assertTrue(f.evidence().stream().anyMatch(e -> e.quote().startsWith("Hạn chế lớn nhất của bản thân")));
        assertTrue(f.explanation().contains("câu giống hệt nhau"), f.explanation());
    }

    @Test
    void two_honest_reports_sharing_only_the_template_headings_and_stock_phrases_are_not_copies() {
        assertTrue(run(new CopiedReport(), HUNG, MAI).isEmpty());
    }

    @Test
    void finds_the_same_pair_with_the_same_key_whatever_the_order_of_the_documents() {
        ParsedDocument copy = copy();
        Finding forward = run(new CopiedReport(), HUNG, copy).get(0);
        Finding backward = run(new CopiedReport(), copy, HUNG).get(0);

        assertEquals(forward.key(), backward.key());
        assertEquals(forward.document(), backward.document());
    }

    @Test
    void the_same_persons_report_for_another_year_is_not_a_copy_between_people() {
        ParsedDocument nextYear = report("bk/2025/hung.txt", "Nguyễn Văn Hùng", "Chi bộ Phòng Tài chính", 2025,
                HUNG_STRENGTHS, HUNG_SHORTCOMINGS, HUNG_DIRECTION);

        assertTrue(run(new CopiedReport(), HUNG, nextYear).isEmpty());
    }
}

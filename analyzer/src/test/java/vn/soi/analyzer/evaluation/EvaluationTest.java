package vn.soi.analyzer.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.soi.analyzer.finding.Evidence;
import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.Severity;
import vn.soi.analyzer.finding.SignalId;
import vn.soi.analyzer.finding.Subject;
import vn.soi.indexer.document.DocumentType;

class EvaluationTest {

    private static final String LABELS = """
            {"files": {
               "a/bk-01.txt": {"type": "INDIVIDUAL_REPORT", "expect": ["STATISTICS_INCONSISTENT"],
                               "forbid": ["COPIED_REPORT"]},
               "./a/bk-02.txt": {"type": "INDIVIDUAL_REPORT", "expect": ["STATISTICS_INCONSISTENT"],
                                 "forbid": ["MINUTES_NO_CRITICISM"]},
               "a/bk-03.txt": {"type": "INDIVIDUAL_REPORT", "expect": [], "forbid": ["STATISTICS_INCONSISTENT"]},
               "a/bb-01.txt": {"type": "MINUTES", "expect": ["MINUTES_NO_CRITICISM"], "forbid": []}
             },
             "pairs": [ {"signal": "COPIED_REPORT", "files": ["a/bk-04.txt", "a/bk-05.txt"]},
                        {"signal": "COPIED_REPORT", "files": ["a/bk-06.txt", "a/bk-07.txt"]} ],
             "units": [ {"signal": "EXCELLENT_QUOTA_EXCEEDED", "unit": "Chi bộ Phòng Tài chính", "year": 2023,
                         "files": ["registers/xl.csv"]} ]
            }""";

    static Finding finding(SignalId signal, String document, Subject subject, String... otherDocuments) {
        List<Evidence> evidence = new java.util.ArrayList<>(List.of(new Evidence(document, "x", 0, 1)));
        for (String other : otherDocuments) {
            evidence.add(new Evidence(other, "x", 0, 1));
        }
        return new Finding(signal.name() + document, signal, Severity.MEDIUM, 0.5, document,
                DocumentType.INDIVIDUAL_REPORT, subject, evidence, Map.of(), "giải thích", "quy định");
    }

    static Subject doc() {
        return new Subject(Subject.Kind.DOCUMENT, "", "", 2023);
    }

    @Test
    void counts_true_and_false_positives_and_negatives_by_the_rules_of_labels_md() throws IOException {
        List<Finding> findings = List.of(
                finding(SignalId.STATISTICS_INCONSISTENT, "a/bk-01.txt", doc()),            // TP (expect)
                finding(SignalId.STATISTICS_INCONSISTENT, "a/bk-03.txt", doc()),            // FP (forbid)
                finding(SignalId.STATISTICS_INCONSISTENT, "a/unlabelled.txt", doc()),       // not scored
                finding(SignalId.COPIED_REPORT, "a/bk-04.txt", doc(), "a/bk-05.txt"),       // TP (pair)
                finding(SignalId.COPIED_REPORT, "a/bk-01.txt", doc(), "a/bk-09.txt"),       // FP once (forbid)
                finding(SignalId.COPIED_REPORT, "a/bk-08.txt", doc(), "a/bk-09.txt"),       // FP (no pair)
                finding(SignalId.EXCELLENT_QUOTA_EXCEEDED, "registers/other.csv",
                        new Subject(Subject.Kind.UNIT, "Chi bộ  phòng Tài chính", "Chi bộ  phòng Tài chính", 2023)),
                finding(SignalId.EXCELLENT_QUOTA_EXCEEDED, "registers/xl.csv",
                        new Subject(Subject.Kind.UNIT, "Chi bộ Phòng Tài chính", "Chi bộ Phòng Tài chính", 2022)));

        EvaluationReport report = Evaluation.score(Labels.parse(LABELS, "test"), findings);

        Map<SignalId, SignalScore> by = new java.util.EnumMap<>(SignalId.class);
        report.scores().forEach(s -> by.put(s.signal(), s));
        assertEquals(new SignalScore(SignalId.STATISTICS_INCONSISTENT, 1, 1, 1), by.get(SignalId.STATISTICS_INCONSISTENT));
        assertEquals(new SignalScore(SignalId.COPIED_REPORT, 1, 2, 1), by.get(SignalId.COPIED_REPORT));
        assertEquals(new SignalScore(SignalId.EXCELLENT_QUOTA_EXCEEDED, 1, 1, 0),
                by.get(SignalId.EXCELLENT_QUOTA_EXCEEDED));
        assertEquals(new SignalScore(SignalId.MINUTES_NO_CRITICISM, 0, 0, 1), by.get(SignalId.MINUTES_NO_CRITICISM));
        assertEquals(0.5, by.get(SignalId.STATISTICS_INCONSISTENT).precision().getAsDouble(), 1e-9);
        assertEquals(1.0 / 3, by.get(SignalId.COPIED_REPORT).precision().getAsDouble(), 1e-9);
        assertTrue(by.get(SignalId.MINUTES_NO_CRITICISM).precision().isEmpty());
        assertTrue(by.get(SignalId.MINUTES_NO_CRITICISM).f1().isEmpty());
        // Macro precision over the three defined precisions: (1/2 + 1/3 + 1/2) / 3.
        assertEquals((0.5 + 1.0 / 3 + 0.5) / 3, report.macroPrecision().getAsDouble(), 1e-9);
        // Macro recall over four defined recalls: (1/2 + 1/2 + 1 + 0) / 4.
        assertEquals(0.5, report.macroRecall().getAsDouble(), 1e-9);
    }

    @Test
    void prints_a_table_and_json_with_undefined_ratios_marked() throws IOException {
        EvaluationReport report = Evaluation.score(Labels.parse(LABELS, "test"),
                List.of(finding(SignalId.MINUTES_NO_CRITICISM, "a/bb-01.txt", doc())));

        String table = report.table();
        assertTrue(table.lines().anyMatch(l -> l.startsWith("MINUTES_NO_CRITICISM")
                && l.matches(".*\\s1\\s+0\\s+0\\s+1\\.000\\s+1\\.000\\s+1\\.000")), table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("STATISTICS_INCONSISTENT") && l.contains("–")), table);
        String json = report.json();
        assertTrue(json.contains("{\"signal\":\"MINUTES_NO_CRITICISM\",\"tp\":1,\"fp\":0,\"fn\":0,\"precision\":1.0,"
                + "\"recall\":1.0,\"f1\":1.0}"), json);
        assertTrue(json.contains("{\"signal\":\"STATISTICS_INCONSISTENT\",\"tp\":0,\"fp\":0,\"fn\":2,"
                + "\"precision\":null,\"recall\":0.0,\"f1\":null}"), json);
    }

    @Test
    void rejects_an_unknown_signal_naming_it_and_where() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Labels.parse(
                "{\"files\":{\"a.txt\":{\"expect\":[\"PRAISE_HEAVVY\"]}}}", "labels.json"));
        assertTrue(e.getMessage().contains("PRAISE_HEAVVY") && e.getMessage().contains("files.a.txt"), e.getMessage());
    }
}

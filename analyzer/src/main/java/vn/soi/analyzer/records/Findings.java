package vn.soi.analyzer.records;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import vn.soi.analyzer.finding.Evidence;
import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.FindingKey;
import vn.soi.analyzer.finding.Severity;
import vn.soi.analyzer.finding.SignalId;
import vn.soi.analyzer.finding.Subject;
import vn.soi.indexer.document.DocumentType;

/** Builds findings with their stable key, a score clamped to [0,1] and rounded to two decimals. */
public final class Findings {

    private Findings() {
    }

    /**
     * A finding of {@code signal}; {@code contentHashes} are the content hashes of every document involved, so the key
     * changes when one of them does.
     */
    public static Finding create(SignalId signal, Severity severity, double score, String document,
                                 DocumentType documentType, Subject subject, List<Evidence> evidence,
                                 Map<String, Object> measures, String explanation, String rule,
                                 Collection<String> contentHashes) {
        double clamped = Math.round(Math.max(0, Math.min(1, score)) * 100) / 100.0;
        return new Finding(FindingKey.of(signal, subject, contentHashes), signal, severity, clamped, document,
                documentType, subject, evidence, measures, explanation, rule);
    }

    /** A share in percent with one decimal, as a number (27.8 for 5/18). */
    public static double percent(double numerator, double denominator) {
        return denominator == 0 ? 0 : Math.round(numerator * 1000 / denominator) / 10.0;
    }

    /** A number written the Vietnamese way: decimal comma, no trailing zeros ("27,8", "20"). */
    public static String vi(double value) {
        String text = value == Math.rint(value) ? String.valueOf((long) value)
                : String.valueOf(Math.round(value * 100) / 100.0);
        return text.replace('.', ',');
    }
}

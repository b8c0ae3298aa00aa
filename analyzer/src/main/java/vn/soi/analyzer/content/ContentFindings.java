package vn.soi.analyzer.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.soi.analyzer.finding.Evidence;
import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.FindingKey;
import vn.soi.analyzer.finding.Severity;
import vn.soi.analyzer.finding.SignalId;
import vn.soi.analyzer.finding.Subject;
import vn.soi.analyzer.text.TextSpan;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.FieldName;
import vn.soi.indexer.document.ParsedDocument;

/** Builds content findings: the subject from the report's fields, the stable key, quotes and Vietnamese numbers. */
final class ContentFindings {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private ContentFindings() {
    }

    /** The person (individual report) or collective (collective report) a report is about, with unit and year. */
    static Subject subject(ParsedDocument document) {
        String unit = document.field(FieldName.UNIT).or(() -> document.field(FieldName.CELL)).orElse("");
        Integer year = year(document);
        if (document.type() == DocumentType.COLLECTIVE_REPORT) {
            String name = document.field(FieldName.COLLECTIVE).orElse(unit);
            return new Subject(Subject.Kind.COLLECTIVE, name, unit, year);
        }
        return new Subject(Subject.Kind.PERSON, document.field(FieldName.PERSON).orElse(""), unit, year);
    }

    /** The review year from the YEAR field, or null when it is absent or not a year. */
    static Integer year(ParsedDocument document) {
        return document.field(FieldName.YEAR).filter(y -> y.strip().matches("\\d{4}"))
                .map(y -> Integer.valueOf(y.strip())).orElse(null);
    }

    /** A finding about one report. */
    static Finding finding(SignalId signal, Severity severity, double score, ParsedDocument document,
                           List<Evidence> evidence, Map<String, Object> measures, String explanation, String rule) {
        return finding(signal, severity, score, ReportIdentity.of(document), evidence, measures, explanation, rule);
    }

    /** A finding about the report named by {@code report}. */
    static Finding finding(SignalId signal, Severity severity, double score, ReportIdentity report,
                           List<Evidence> evidence, Map<String, Object> measures, String explanation, String rule) {
        String key = FindingKey.of(signal, report.subject(), List.of(report.contentHash()));
        double bounded = Math.max(0, Math.min(1, score));
        return new Finding(key, signal, severity, Math.round(bounded * 1000) / 1000.0, report.path(), report.type(),
                report.subject(), evidence.stream().distinct().toList(), measures, explanation, rule);
    }

    /** A quote of {@code span} from the report. */
    static Evidence quote(ReportReading reading, TextSpan span) {
        return new Evidence(reading.document().provenance().path(), reading.quote(span), span.start(), span.end());
    }

    /** Quotes of at most {@code limit} sentences. */
    static List<Evidence> quotes(ReportReading reading, List<Sentence> sentences, int limit) {
        List<Evidence> evidence = new ArrayList<>();
        for (Sentence sentence : sentences.subList(0, Math.min(limit, sentences.size()))) {
            evidence.add(quote(reading, sentence.span()));
        }
        return evidence;
    }

    /** A decimal with one digit after the Vietnamese decimal comma ("13,7"). */
    static String decimal(double value) {
        return String.format(VIETNAMESE, "%.1f", value);
    }

    /** A decimal rounded to two digits for the measures. */
    static double rounded(double value) {
        return Math.round(value * 100) / 100.0;
    }
}

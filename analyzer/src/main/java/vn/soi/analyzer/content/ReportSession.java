package vn.soi.analyzer.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.signal.Signal;
import vn.soi.indexer.document.ParsedDocument;

/**
 * The session of a signal that judges each report on its own: it reads the reports it applies to that have parts,
 * judges each at once and keeps only the findings, so memory grows with the findings, not with the corpus.
 */
final class ReportSession implements Signal.Session {

    private final ContentVocabulary vocabulary;
    private final Predicate<ParsedDocument> appliesTo;
    private final Function<ReportReading, Optional<Finding>> judge;
    private final List<Finding> findings = new ArrayList<>();

    ReportSession(ContentVocabulary vocabulary, Predicate<ParsedDocument> appliesTo,
                  Function<ReportReading, Optional<Finding>> judge) {
        this.vocabulary = vocabulary;
        this.appliesTo = appliesTo;
        this.judge = judge;
    }

    @Override
    public void observe(ParsedDocument document) {
        if (!appliesTo.test(document)) {
            return;
        }
        ReportReading reading = ReportReading.of(document, vocabulary);
        if (reading.structured()) {
            judge.apply(reading).ifPresent(findings::add);
        }
    }

    @Override
    public List<Finding> finish() {
        return List.copyOf(findings);
    }
}

package vn.soi.analyzer.signal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import vn.soi.analyzer.finding.Finding;
import vn.soi.indexer.document.ParsedDocument;

/**
 * Runs a set of signals over a stream of documents in one pass: every signal's session observes every document, then
 * each finishes. Findings come back ordered by signal, then by score (highest first), then by document.
 */
public final class Analysis {

    private final List<Signal> signals;
    private final AnalysisContext context;

    public Analysis(List<Signal> signals, AnalysisContext context) {
        this.signals = List.copyOf(signals);
        this.context = Objects.requireNonNull(context, "context");
    }

    /** Runs every signal over {@code documents}. */
    public List<Finding> run(Iterable<ParsedDocument> documents) {
        List<Signal.Session> sessions = new ArrayList<>();
        for (Signal signal : signals) {
            sessions.add(signal.start(context));
        }
        for (ParsedDocument document : documents) {
            for (Signal.Session session : sessions) {
                session.observe(document);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Signal.Session session : sessions) {
            findings.addAll(session.finish());
        }
        findings.sort(Comparator.comparing(Finding::signal)
                .thenComparing(Comparator.comparingDouble(Finding::score).reversed())
                .thenComparing(Finding::document));
        return findings;
    }
}

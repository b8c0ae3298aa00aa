package vn.soi.analyzer.signal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

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

    /** Where the documents come from: anything that can hand them over one at a time (the index, a list). */
    @FunctionalInterface
    public interface DocumentSource {
        void forEach(Consumer<ParsedDocument> action) throws IOException;
    }

    /** Runs every signal over {@code documents}. */
    public List<Finding> run(Iterable<ParsedDocument> documents) {
        try {
            return run(documents::forEach);
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory document source cannot fail", e);
        }
    }

    /** Runs every signal over the documents of {@code source}, read once. */
    public List<Finding> run(DocumentSource source) throws IOException {
        List<Signal.Session> sessions = new ArrayList<>();
        for (Signal signal : signals) {
            sessions.add(signal.start(context));
        }
        source.forEach(document -> {
            for (Signal.Session session : sessions) {
                session.observe(document);
            }
        });
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

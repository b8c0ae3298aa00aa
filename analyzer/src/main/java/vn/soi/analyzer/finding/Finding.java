package vn.soi.analyzer.finding;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.soi.indexer.document.DocumentType;

/**
 * One flag raised by a signal, in the shape of the interface contract: the signal, how severe, a score in [0,1] that
 * orders findings within a signal, the main document and its type, the subject, the evidence, the numbers behind the
 * decision ({@code measures}), a Vietnamese explanation a board member can read aloud, and the rule or source.
 * {@code key} is stable across runs (signal, subject, the documents' content hashes) so review decisions follow it.
 */
public record Finding(String key, SignalId signal, Severity severity, double score, String document,
                      DocumentType documentType, Subject subject, List<Evidence> evidence,
                      Map<String, Object> measures, String explanation, String rule) {

    public Finding {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(severity, () -> "severity of " + signal);
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0,1] for " + signal + ": " + score);
        }
        Objects.requireNonNull(subject, () -> "subject of " + signal);
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a finding of " + signal + " must carry evidence");
        }
        // Keep the signal's order of measures, so the JSON reads the same on every run.
        measures.forEach((name, value) -> Objects.requireNonNull(value, () -> "measure " + name + " of " + signal));
        measures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(measures));
        Objects.requireNonNull(explanation, () -> "explanation of " + signal);
        Objects.requireNonNull(rule, () -> "rule of " + signal);
    }
}

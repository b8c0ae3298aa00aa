package vn.soi.analyzer.evaluation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import vn.soi.analyzer.finding.Evidence;
import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.SignalId;

/**
 * Scores findings against a labelled corpus by the rules of {@code labels.md}:
 * <ul>
 *   <li>a file's {@code expect} signal is a true positive when a finding of that signal names the file (as its
 *       {@code document} or in its evidence), else a false negative; a {@code forbid} signal so named is a false
 *       positive; other signals are not scored for that file;</li>
 *   <li>a pair is found when one finding of its signal names every file of the pair; a unit when a finding of its
 *       signal names the unit (subject unit or name, compared ignoring case and spacing) or one of the listed files,
 *       for the entry's year;</li>
 *   <li>every finding of a pair or unit signal (a signal that has at least one {@code pairs} or {@code units} entry in
 *       these labels) that matches no entry is a false positive, unless it was already counted as one through a
 *       file's {@code forbid}, so one finding is never counted twice.</li>
 * </ul>
 */
public final class Evaluation {

    private Evaluation() {
    }

    /** The scores of every signal the labels mention. */
    public static EvaluationReport score(Labels labels, List<Finding> findings) {
        Map<SignalId, int[]> counts = new EnumMap<>(SignalId.class);
        Set<Finding> countedFalse = Collections.newSetFromMap(new IdentityHashMap<>());
        labels.files().forEach((file, label) -> {
            for (SignalId signal : label.expect()) {
                boolean found = findings.stream().anyMatch(f -> f.signal() == signal && names(f, file));
                counts.computeIfAbsent(signal, s -> new int[3])[found ? 0 : 2]++;
            }
            for (SignalId signal : label.forbid()) {
                List<Finding> present = findings.stream().filter(f -> f.signal() == signal && names(f, file)).toList();
                counts.computeIfAbsent(signal, s -> new int[3]);
                if (!present.isEmpty()) {
                    counts.get(signal)[1]++;
                    countedFalse.addAll(present);
                }
            }
        });
        Set<SignalId> groupSignals = EnumSet.noneOf(SignalId.class);
        Set<Finding> matched = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Labels.PairLabel pair : labels.pairs()) {
            groupSignals.add(pair.signal());
            List<Finding> hits = findings.stream()
                    .filter(f -> f.signal() == pair.signal() && pair.files().stream().allMatch(p -> names(f, p)))
                    .toList();
            matched.addAll(hits);
            counts.computeIfAbsent(pair.signal(), s -> new int[3])[hits.isEmpty() ? 2 : 0]++;
        }
        for (Labels.UnitLabel unit : labels.units()) {
            groupSignals.add(unit.signal());
            List<Finding> hits = findings.stream().filter(f -> f.signal() == unit.signal() && matches(f, unit))
                    .toList();
            matched.addAll(hits);
            counts.computeIfAbsent(unit.signal(), s -> new int[3])[hits.isEmpty() ? 2 : 0]++;
        }
        for (Finding f : findings) {
            if (groupSignals.contains(f.signal()) && !matched.contains(f) && !countedFalse.contains(f)) {
                counts.get(f.signal())[1]++;
            }
        }
        List<SignalScore> scores = new ArrayList<>();
        counts.forEach((signal, c) -> scores.add(new SignalScore(signal, c[0], c[1], c[2])));
        return new EvaluationReport(scores);
    }

    /** True when a finding names the file as its document or in its evidence. */
    static boolean names(Finding finding, String file) {
        if (finding.document() != null && Labels.path(finding.document()).equals(file)) {
            return true;
        }
        for (Evidence e : finding.evidence()) {
            if (Labels.path(e.document()).equals(file)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(Finding finding, Labels.UnitLabel unit) {
        if (unit.year() != null && !unit.year().equals(finding.subject().year())) {
            return false;
        }
        String wanted = fold(unit.unit());
        boolean unitNamed = !wanted.isEmpty() && (wanted.equals(fold(finding.subject().unit()))
                || wanted.equals(fold(finding.subject().name())));
        return unitNamed || unit.files().stream().anyMatch(p -> names(finding, p));
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}

package vn.soi.analyzer.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The scores of every signal the labels mention (in catalogue order) and their macro averages: the unweighted mean of
 * each defined per-signal precision, recall and F1. Printed as a text table or as JSON.
 */
public record EvaluationReport(List<SignalScore> scores) {

    public EvaluationReport {
        scores = List.copyOf(scores);
    }

    /** Mean of the defined per-signal precisions. */
    public OptionalDouble macroPrecision() {
        return mean(SignalScore::precision);
    }

    /** Mean of the defined per-signal recalls. */
    public OptionalDouble macroRecall() {
        return mean(SignalScore::recall);
    }

    /** Mean of the defined per-signal F1 scores. */
    public OptionalDouble macroF1() {
        return mean(SignalScore::f1);
    }

    /** A fixed-width table, one line per signal and a last line of macro averages; "–" marks an undefined ratio. */
    public String table() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-38s %5s %5s %5s %9s %9s %9s%n",
                "signal", "TP", "FP", "FN", "precision", "recall", "F1"));
        for (SignalScore s : scores) {
            out.append(String.format(Locale.ROOT, "%-38s %5d %5d %5d %9s %9s %9s%n", s.signal().name(),
                    s.truePositives(), s.falsePositives(), s.falseNegatives(), text(s.precision()), text(s.recall()),
                    text(s.f1())));
        }
        out.append(String.format(Locale.ROOT, "%-38s %5s %5s %5s %9s %9s %9s%n", "macro average", "", "", "",
                text(macroPrecision()), text(macroRecall()), text(macroF1())));
        return out.toString();
    }

    /** The same figures as JSON: {@code {"signals":[...], "macro":{...}}}; undefined ratios are null. */
    public String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("signals", scores.stream().map(s -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("signal", s.signal().name());
            row.put("tp", s.truePositives());
            row.put("fp", s.falsePositives());
            row.put("fn", s.falseNegatives());
            row.put("precision", value(s.precision()));
            row.put("recall", value(s.recall()));
            row.put("f1", value(s.f1()));
            return row;
        }).toList());
        Map<String, Object> macro = new LinkedHashMap<>();
        macro.put("precision", value(macroPrecision()));
        macro.put("recall", value(macroRecall()));
        macro.put("f1", value(macroF1()));
        root.put("macro", macro);
        try {
            return new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the evaluation as JSON", e);
        }
    }

    private OptionalDouble mean(Function<SignalScore, OptionalDouble> metric) {
        return scores.stream().map(metric).filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble)
                .average();
    }

    private static String text(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : "–";
    }

    private static Double value(OptionalDouble value) {
        return value.isPresent() ? Math.round(value.getAsDouble() * 10000) / 10000.0 : null;
    }
}

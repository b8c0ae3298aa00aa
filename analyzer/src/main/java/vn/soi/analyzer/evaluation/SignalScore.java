package vn.soi.analyzer.evaluation;

import java.util.Objects;
import java.util.OptionalDouble;

import vn.soi.analyzer.finding.SignalId;

/**
 * True positives, false positives and false negatives of one signal, with precision, recall and F1. A ratio whose
 * denominator is zero is undefined (empty), never silently 0 or 1.
 */
public record SignalScore(SignalId signal, int truePositives, int falsePositives, int falseNegatives) {

    public SignalScore {
        Objects.requireNonNull(signal, "signal");
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("negative count for " + signal);
        }
    }

    /** TP / (TP + FP). */
    public OptionalDouble precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    /** TP / (TP + FN). */
    public OptionalDouble recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    /** The harmonic mean of precision and recall; 0 when both are 0; undefined when either is. */
    public OptionalDouble f1() {
        OptionalDouble p = precision();
        OptionalDouble r = recall();
        if (p.isEmpty() || r.isEmpty()) {
            return OptionalDouble.empty();
        }
        double sum = p.getAsDouble() + r.getAsDouble();
        return OptionalDouble.of(sum == 0 ? 0 : 2 * p.getAsDouble() * r.getAsDouble() / sum);
    }

    private static OptionalDouble ratio(int numerator, int denominator) {
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of(numerator / (double) denominator);
    }
}

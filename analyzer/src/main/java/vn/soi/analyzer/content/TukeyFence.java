package vn.soi.analyzer.content;

import java.util.Arrays;

/**
 * The upper Tukey fence {@code Q3 + k·IQR} of a cohort's values (quartiles by linear interpolation), kept between a
 * floor and a ceiling: below the cohort's minimum size the floor alone is used, and the ceiling keeps a cohort where
 * most reports share the flaw from hiding it.
 *
 * @param q1     first quartile (NaN when the cohort was too small)
 * @param q3     third quartile (NaN when the cohort was too small)
 * @param value  the fence applied
 * @param cohort the number of reports in the cohort
 * @param fromCohort true when the fence came from the cohort, false when it is the fixed floor
 */
record TukeyFence(double q1, double q3, double value, int cohort, boolean fromCohort) {

    /** The fence of {@code values}. */
    static TukeyFence of(double[] values, double k, double floor, double ceiling, int minimumCohort) {
        if (values.length < minimumCohort) {
            return new TukeyFence(Double.NaN, Double.NaN, floor, values.length, false);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double q1 = quantile(sorted, 0.25);
        double q3 = quantile(sorted, 0.75);
        double fence = Math.max(floor, Math.min(ceiling, q3 + k * (q3 - q1)));
        return new TukeyFence(q1, q3, fence, values.length, true);
    }

    private static double quantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}

package vn.soi.bench;

import java.util.Arrays;

/** The few statistics the benchmark reports: percentiles of latencies and the log-log scaling exponent. */
public final class Statistics {

    private Statistics() {
    }

    /**
     * The {@code p}-th percentile (0 to 100) of {@code values} by the nearest-rank method.
     *
     * @throws IllegalArgumentException when there are no values or {@code p} is outside [0, 100]
     */
    public static double percentile(double[] values, double p) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values to take the percentile " + p + " of");
        }
        if (p < 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in [0, 100], got " + p);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /**
     * The slope of the least-squares line through (log n, log t): time grows as n to this power. Points with a
     * non-positive time are left out (a signal too fast to measure at that size).
     *
     * @return the exponent, or NaN when fewer than two usable points remain
     */
    public static double scalingExponent(double[] n, double[] t) {
        if (n.length != t.length) {
            throw new IllegalArgumentException("sizes and times differ in length: " + n.length + " vs " + t.length);
        }
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        int k = 0;
        for (int i = 0; i < n.length; i++) {
            if (n[i] <= 0 || t[i] <= 0) {
                continue;
            }
            double x = Math.log(n[i]);
            double y = Math.log(t[i]);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
            k++;
        }
        double denominator = k * sxx - sx * sx;
        if (k < 2 || denominator == 0) {
            return Double.NaN;
        }
        return (k * sxy - sx * sy) / denominator;
    }
}

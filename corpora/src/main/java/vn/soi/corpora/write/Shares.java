package vn.soi.corpora.write;

import java.util.SplittableRandom;

/** Statistics "k/n (chiếm p%)", correct to the stated digit, or clearly wrong when injected. */
final class Shares {

    private Shares() {
    }

    /** The share of {@code k} in {@code n}; {@code wrong} shifts it by 6 to 14 points. */
    static String share(int k, int n, boolean wrong, SplittableRandom rng, String verb) {
        double p = 100.0 * k / n;
        if (wrong) {
            double shift = 6 + rng.nextInt(9);
            p = p + shift > 100 ? p - shift : p + shift;
        }
        return k + "/" + n + " (" + verb + " " + percent(p) + "%)";
    }

    static String percent(double p) {
        long tenths = Math.round(p * 10);
        if (tenths % 10 == 0) {
            return Long.toString(tenths / 10);
        }
        return (tenths / 10) + "," + (tenths % 10);
    }
}

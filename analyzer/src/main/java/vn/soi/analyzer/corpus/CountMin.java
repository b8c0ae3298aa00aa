package vn.soi.analyzer.corpus;

/**
 * A count-min sketch (Cormode &amp; Muthukrishnan 2005) of how many documents of a cohort contain each n-gram hash:
 * fixed memory (4 rows of {@code width} counters), estimates never below the true count and above it by about the
 * number of insertions divided by the width.
 */
final class CountMin {

    private static final int DEPTH = 4;
    private final int[][] counts;
    private final int mask;

    CountMin(int width) {
        if (width < 2 || Integer.bitCount(width) != 1) {
            throw new IllegalArgumentException("count-min width must be a power of two, got " + width);
        }
        counts = new int[DEPTH][width];
        mask = width - 1;
    }

    void add(int hash) {
        for (int d = 0; d < DEPTH; d++) {
            counts[d][cell(hash, d)]++;
        }
    }

    int estimate(int hash) {
        int min = Integer.MAX_VALUE;
        for (int d = 0; d < DEPTH; d++) {
            min = Math.min(min, counts[d][cell(hash, d)]);
        }
        return min;
    }

    private int cell(int hash, int row) {
        return (int) Hashes.mix64(hash + 0x9E3779B97F4A7C15L * (row + 1)) & mask;
    }
}

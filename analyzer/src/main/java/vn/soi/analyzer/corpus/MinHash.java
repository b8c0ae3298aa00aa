package vn.soi.analyzer.corpus;

/**
 * MinHash signatures and their locality-sensitive banding (Leskovec, Rajaraman & Ullman, Mining of Massive Datasets,
 * ch. 3): {@code bands x rows} hash functions; two sets agree on one slot with probability equal to their Jaccard
 * similarity, and become candidates when all rows of one band agree, with probability 1 - (1 - s^rows)^bands.
 */
final class MinHash {

    private final int bands;
    private final int rows;
    private final long[] seeds;

    MinHash(int bands, int rows) {
        if (bands < 1 || rows < 1) {
            throw new IllegalArgumentException("bands and rows must be positive: " + bands + " x " + rows);
        }
        this.bands = bands;
        this.rows = rows;
        this.seeds = new long[bands * rows];
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = Hashes.mix64(0x5DEECE66DL + i * 0x9E3779B97F4A7C15L);
        }
    }

    /** One key per band of the signature of a non-empty set of shingle hashes. */
    long[] bandKeys(int[] shingles) {
        int[] signature = new int[seeds.length];
        java.util.Arrays.fill(signature, Integer.MAX_VALUE);
        for (int shingle : shingles) {
            for (int i = 0; i < seeds.length; i++) {
                int h = (int) Hashes.mix64(shingle ^ seeds[i]);
                if (h < signature[i]) {
                    signature[i] = h;
                }
            }
        }
        long[] keys = new long[bands];
        for (int b = 0; b < bands; b++) {
            long h = b + 1;
            for (int r = 0; r < rows; r++) {
                h = Hashes.mix64(h * 31 + signature[b * rows + r]);
            }
            keys[b] = h;
        }
        return keys;
    }
}

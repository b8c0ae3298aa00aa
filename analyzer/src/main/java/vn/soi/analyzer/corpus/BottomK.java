package vn.soi.analyzer.corpus;

import java.util.Arrays;

/**
 * A bottom-k sketch of a set of shingle hashes: the k smallest hashes and the set's size. Two sketches estimate the
 * Jaccard similarity of their sets (Broder 1997): among the k smallest hashes of the union of the two sketches, the
 * share present in both. When both sets have at most k elements the sketches are the sets and the figures are exact.
 */
record BottomK(int[] smallest, int size) {

    /** The sketch of a sorted set of distinct hashes. */
    static BottomK of(int[] sortedDistinct, int k) {
        return new BottomK(Arrays.copyOf(sortedDistinct, Math.min(k, sortedDistinct.length)), sortedDistinct.length);
    }

    /**
     * The Jaccard similarity of the two sets: exact when both sketches hold their whole set, else estimated on the k
     * smallest hashes of the union, k being the shorter sketch (the only union hashes both sketches can see).
     */
    double jaccard(BottomK other) {
        boolean complete = smallest.length == size && other.smallest.length == other.size;
        int k = complete ? Integer.MAX_VALUE : Math.min(smallest.length, other.smallest.length);
        int i = 0;
        int j = 0;
        int taken = 0;
        int both = 0;
        while (taken < k && (i < smallest.length || j < other.smallest.length)) {
            if (j >= other.smallest.length || i < smallest.length && smallest[i] < other.smallest[j]) {
                i++;
            } else if (i >= smallest.length || other.smallest[j] < smallest[i]) {
                j++;
            } else {
                both++;
                i++;
                j++;
            }
            taken++;
        }
        return taken == 0 ? 0 : both / (double) taken;
    }

    /** The estimated share of this set found in the other (containment), from Jaccard and the two sizes. */
    double containedIn(BottomK other, double jaccard) {
        if (size == 0) {
            return 0;
        }
        double intersection = jaccard * (size + other.size) / (1 + jaccard);
        return Math.min(1, intersection / size);
    }

    /** True when {@code hash} is one of the kept hashes. */
    boolean contains(int hash) {
        return Arrays.binarySearch(smallest, hash) >= 0;
    }
}

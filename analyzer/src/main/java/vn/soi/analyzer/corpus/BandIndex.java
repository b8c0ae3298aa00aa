package vn.soi.analyzer.corpus;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The online LSH index: for each band key, the documents seen with it, as a chain through primitive arrays (no boxed
 * keys), so memory grows by a few bytes per document and band. Looking up a new document walks at most
 * a band whose bucket already holds {@code maxBucket} documents is skipped: a bucket shared by so many documents is a
 * stock passage, not a copy, and skipping it keeps the cost per document bounded.
 */
final class BandIndex {

    private final int maxBucket;
    private long[] keys = new long[1024];
    private int[] heads = new int[1024];
    private boolean[] used = new boolean[1024];
    private int[] counts = new int[1024];
    private int size;
    private int[] owner = new int[1024];
    private int[] next = new int[1024];
    private int entries;

    BandIndex(int maxBucket) {
        this.maxBucket = maxBucket;
    }

    /** The documents indexed so far that share a band key with {@code bandKeys}. */
    BitSet candidates(long[] bandKeys) {
        BitSet candidates = new BitSet();
        for (long key : bandKeys) {
            int slot = slot(key);
            if (!used[slot] || counts[slot] >= maxBucket) {
                continue;
            }
            for (int e = heads[slot]; e >= 0; e = next[e]) {
                candidates.set(owner[e]);
            }
        }
        return candidates;
    }

    /** Indexes {@code document} under its band keys. */
    void add(int document, long[] bandKeys) {
        for (long key : bandKeys) {
            add(slot(key), key, document);
        }
    }

    private void add(int slot, long key, int document) {
        if (entries == owner.length) {
            owner = Arrays.copyOf(owner, entries * 2);
            next = Arrays.copyOf(next, entries * 2);
        }
        owner[entries] = document;
        next[entries] = used[slot] ? heads[slot] : -1;
        if (!used[slot]) {
            used[slot] = true;
            keys[slot] = key;
            counts[slot] = 0;
            size++;
        }
        heads[slot] = entries++;
        counts[slot]++;
        if (size * 2 > keys.length) {
            grow();
        }
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) Hashes.mix64(key) & mask;
        while (used[i] && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        boolean[] oldUsed = used;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        heads = new int[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                int s = slot(oldKeys[i]);
                used[s] = true;
                keys[s] = oldKeys[i];
                heads[s] = oldHeads[i];
                counts[s] = oldCounts[i];
            }
        }
    }
}

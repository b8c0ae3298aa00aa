package vn.soi.indexer.nlp.segment;

import java.util.Collection;

/**
 * An immutable set of strings that can be probed with a region of a {@link CharSequence} without building a string:
 * the longest-match step probes up to three candidate phrases per syllable, and this keeps it allocation-free.
 * Open addressing with linear probing over {@link String#hashCode()}-compatible hashes.
 */
final class PhraseSet {

    private final String[] table;
    private final int[] hashes;
    private final int mask;
    private final int size;

    PhraseSet(Collection<String> phrases) {
        int capacity = Integer.highestOneBit(Math.max(4, phrases.size() * 2 - 1)) << 1;
        this.table = new String[capacity];
        this.hashes = new int[capacity];
        this.mask = capacity - 1;
        int count = 0;
        for (String phrase : phrases) {
            int h = phrase.hashCode();
            int slot = spread(h) & mask;
            boolean present = false;
            while (table[slot] != null) {
                if (hashes[slot] == h && table[slot].equals(phrase)) {
                    present = true;
                    break;
                }
                slot = (slot + 1) & mask;
            }
            if (!present) {
                table[slot] = phrase;
                hashes[slot] = h;
                count++;
            }
        }
        this.size = count;
    }

    /** Number of distinct phrases. */
    int size() {
        return size;
    }

    /** True when the whole string is in the set. */
    boolean contains(String phrase) {
        return contains(phrase, 0, phrase.length());
    }

    /** True when {@code text[from, to)} is in the set. */
    boolean contains(CharSequence text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        int len = to - from;
        int slot = spread(h) & mask;
        String candidate;
        while ((candidate = table[slot]) != null) {
            if (hashes[slot] == h && candidate.length() == len && regionEquals(candidate, text, from)) {
                return true;
            }
            slot = (slot + 1) & mask;
        }
        return false;
    }

    private static boolean regionEquals(String candidate, CharSequence text, int from) {
        for (int i = 0; i < candidate.length(); i++) {
            if (candidate.charAt(i) != text.charAt(from + i)) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}

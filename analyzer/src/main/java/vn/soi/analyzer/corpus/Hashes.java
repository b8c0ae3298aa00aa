package vn.soi.analyzer.corpus;

import java.util.Arrays;
import java.util.List;

/** Hashing of shingles and the mixing functions behind MinHash. */
final class Hashes {

    private Hashes() {
    }

    /** The 64-bit finaliser of MurmurHash3: spreads every input bit over the output. */
    static long mix64(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** The hash of the k-syllable shingle starting at {@code from}. */
    static int shingle(int[] syllables, int from, int k) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = from; i < from + k; i++) {
            h = mix64(h * 31 + syllables[i]);
        }
        return (int) (h ^ (h >>> 32));
    }

    /** The distinct k-syllable shingle hashes of the sentences, sorted (shingles never cross a sentence end). */
    static int[] shingles(List<ReportText.Sentence> sentences, int k) {
        int total = 0;
        for (ReportText.Sentence s : sentences) {
            total += Math.max(0, s.syllables().length - k + 1);
        }
        int[] all = new int[total];
        int n = 0;
        for (ReportText.Sentence s : sentences) {
            for (int i = 0; i + k <= s.syllables().length; i++) {
                all[n++] = shingle(s.syllables(), i, k);
            }
        }
        return distinctSorted(all);
    }

    /** The shingle hashes of one sentence, unsorted, possibly repeated. */
    static int[] sentenceShingles(ReportText.Sentence sentence, int k) {
        int count = Math.max(0, sentence.syllables().length - k + 1);
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = shingle(sentence.syllables(), i, k);
        }
        return out;
    }

    static int[] distinctSorted(int[] values) {
        int[] copy = values.clone();
        Arrays.sort(copy);
        int n = 0;
        for (int i = 0; i < copy.length; i++) {
            if (i == 0 || copy[i] != copy[i - 1]) {
                copy[n++] = copy[i];
            }
        }
        return Arrays.copyOf(copy, n);
    }
}

package vn.soi.analyzer.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.soi.analyzer.finding.Evidence;

/**
 * The sentences of a report kept without their text: the exact hash of each sentence's quote and its offsets. When a
 * later report arrives with its text in hand, the sentences both share are quoted from that text (the same exact
 * quote) with the offsets of each document: evidence for both without keeping the earlier text.
 */
final class SentenceTable {

    private final long[] hashes;
    private final int[] starts;
    private final int[] ends;
    private final boolean[] marked;

    SentenceTable(String text, List<ReportText.Sentence> sentences, java.util.function.Predicate<ReportText.Sentence> mark) {
        int n = sentences.size();
        hashes = new long[n];
        starts = new int[n];
        ends = new int[n];
        marked = new boolean[n];
        for (int i = 0; i < n; i++) {
            ReportText.Sentence s = sentences.get(i);
            hashes[i] = ReportText.exactHash(text, s);
            starts[i] = s.start();
            ends[i] = s.end();
            marked[i] = mark.test(s);
        }
    }

    /** A pair of quotes of one shared sentence: in the kept document and in the document in hand. */
    record Shared(Evidence kept, Evidence inHand, boolean marked) {
    }

    /**
     * The sentences of {@code this} (a kept document, text gone) found verbatim in the document in hand ({@code later},
     * whose text is {@code laterText}), at least {@code minChars} long; marked ones first, then longest, at most
     * {@code max}.
     */
    List<Shared> sharedWith(SentenceTable later, String laterText, String earlierPath, String laterPath, int minChars,
                            int max) {
        Map<Long, Integer> laterIndex = new HashMap<>();
        for (int i = 0; i < later.hashes.length; i++) {
            laterIndex.putIfAbsent(later.hashes[i], i);
        }
        List<Shared> shared = new ArrayList<>();
        for (int i = 0; i < hashes.length; i++) {
            Integer j = laterIndex.get(hashes[i]);
            if (j != null && later.ends[j] - later.starts[j] >= minChars) {
                String quote = laterText.substring(later.starts[j], later.ends[j]);
                shared.add(new Shared(new Evidence(earlierPath, quote, starts[i], ends[i]),
                        new Evidence(laterPath, quote, later.starts[j], later.ends[j]), marked[i] || later.marked[j]));
            }
        }
        shared.sort((a, b) -> a.marked != b.marked ? (a.marked ? -1 : 1)
                : Integer.compare(b.inHand.quote().length(), a.inHand.quote().length()));
        return shared.size() > max ? List.copyOf(shared.subList(0, max)) : shared;
    }

    /** How many sentences of {@code this} occur verbatim in {@code other}. */
    int countShared(SentenceTable other) {
        java.util.Set<Long> theirs = new java.util.HashSet<>();
        for (long h : other.hashes) {
            theirs.add(h);
        }
        int n = 0;
        for (long h : hashes) {
            if (theirs.contains(h)) {
                n++;
            }
        }
        return n;
    }

    int size() {
        return hashes.length;
    }
}

package vn.soi.analyzer.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.soi.indexer.normalize.VietnameseNormalizer;

/**
 * A list of phrases matched on whole tokens, so "tốt" never matches inside "tốt nghiệp" unless listed, and punctuation
 * between syllables is ignored ("có lúc, có việc" matches "có lúc có việc"). At each position the longest entry wins
 * and matches do not overlap. Entries are compared in Soi's canonical lower-case form.
 */
public final class PhraseLexicon {

    private final Map<String, List<String[]>> byFirstToken = new HashMap<>();
    private final int size;

    private PhraseLexicon(List<String> entries) {
        int count = 0;
        for (String entry : entries) {
            String canonical = VietnameseNormalizer.canonical(entry).toLowerCase(Locale.ROOT);
            List<Token> tokens = Tokens.of(canonical);
            if (tokens.isEmpty()) {
                throw new IllegalArgumentException("lexicon entry without a syllable: '" + entry + "'");
            }
            String[] words = tokens.stream().map(Token::lower).toArray(String[]::new);
            byFirstToken.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
            count++;
        }
        byFirstToken.values().forEach(list -> list.sort(Comparator.comparingInt((String[] w) -> w.length).reversed()));
        this.size = count;
    }

    /** A lexicon of {@code entries} (each one phrase of one or more syllables). */
    public static PhraseLexicon of(List<String> entries) {
        return new PhraseLexicon(entries);
    }

    /** The number of entries. */
    public int size() {
        return size;
    }

    /** Every non-overlapping occurrence in {@code tokens}, longest entry first at each position. */
    public List<PhraseMatch> find(List<Token> tokens) {
        List<PhraseMatch> matches = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int length = longestAt(tokens, i);
            if (length > 0) {
                Token first = tokens.get(i);
                Token last = tokens.get(i + length - 1);
                matches.add(new PhraseMatch(joined(tokens, i, length), i, i + length - 1, first.start(), last.end()));
                i += length;
            } else {
                i++;
            }
        }
        return matches;
    }

    /** True when some entry occurs in {@code tokens}. */
    public boolean occursIn(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (longestAt(tokens, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code tokens} (a whole phrase) is exactly one entry. */
    public boolean isEntry(List<Token> tokens) {
        return !tokens.isEmpty() && longestAt(tokens, 0) == tokens.size();
    }

    private int longestAt(List<Token> tokens, int i) {
        List<String[]> candidates = byFirstToken.get(tokens.get(i).lower());
        if (candidates == null) {
            return 0;
        }
        for (String[] words : candidates) {
            if (i + words.length <= tokens.size() && matchesAt(tokens, i, words)) {
                return words.length;
            }
        }
        return 0;
    }

    private static boolean matchesAt(List<Token> tokens, int i, String[] words) {
        for (int k = 0; k < words.length; k++) {
            if (!tokens.get(i + k).lower().equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    private static String joined(List<Token> tokens, int from, int length) {
        StringBuilder out = new StringBuilder();
        for (int k = from; k < from + length; k++) {
            if (k > from) {
                out.append(' ');
            }
            out.append(tokens.get(k).lower());
        }
        return out.toString();
    }
}

package vn.soi.indexer.nlp.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lexicon phrases keyed by their lower-case canonical tokens, matched at a token position by longest match; case is
 * ignored, so "Bí thư", "bí thư" and "BÍ THƯ" are one entry.
 */
final class PhraseTable<V> {

    /** A phrase found at a position: the index just past its last token and the phrase's value. */
    record Match<V>(int end, V value) {
    }

    private final Map<String, V> phrases = new HashMap<>();
    private int longest;

    void put(String phrase, V value) {
        List<String> keys = EntityTokens.keys(phrase);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("empty lexicon phrase: '" + phrase + "'");
        }
        phrases.put(String.join(" ", keys), value);
        longest = Math.max(longest, keys.size());
    }

    /**
     * The longest phrase starting at token {@code from}, within one line or cell (no break inside), or null.
     */
    Match<V> longest(List<Token> tokens, int from) {
        if (from < 0 || from >= tokens.size()) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        Match<V> best = null;
        for (int k = from; k < Math.min(tokens.size(), from + longest); k++) {
            if (k > from) {
                if (tokens.get(k).breakBefore()) {
                    break;
                }
                key.append(' ');
            }
            key.append(tokens.get(k).lower());
            V value = phrases.get(key.toString());
            if (value != null) {
                best = new Match<>(k + 1, value);
            }
        }
        return best;
    }

    /** True when a phrase ends just before token {@code end}, within one line or cell. */
    boolean endsAt(List<Token> tokens, int end) {
        for (int from = end - 1; from >= Math.max(0, end - longest); from--) {
            if (phrases.containsKey(joined(tokens, from, end))) {
                return true;
            }
            if (tokens.get(from).breakBefore()) {
                return false;
            }
        }
        return false;
    }

    private static String joined(List<Token> tokens, int from, int end) {
        StringBuilder key = new StringBuilder();
        for (int k = from; k < end; k++) {
            if (k > from) {
                key.append(' ');
            }
            key.append(tokens.get(k).lower());
        }
        return key.toString();
    }
}

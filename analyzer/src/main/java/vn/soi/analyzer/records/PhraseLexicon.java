package vn.soi.analyzer.records;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import vn.soi.indexer.normalize.VietnameseNormalizer;

/**
 * A list of phrases found in text on whole-syllable boundaries, ignoring case. Longer phrases win over the shorter
 * ones they contain, and matches do not overlap. Offsets are into the text as given (lower-casing Vietnamese letters
 * keeps their length).
 */
public final class PhraseLexicon {

    /** One match: the phrase and its offsets {@code [start, end)}. */
    public record Match(String phrase, int start, int end) {
    }

    private final List<String> phrases;

    /** A lexicon of phrases (canonicalised and lower-cased here). */
    public PhraseLexicon(List<String> phrases) {
        this.phrases = phrases.stream()
                .map(p -> VietnameseNormalizer.canonical(p).strip().toLowerCase(Locale.ROOT))
                .filter(p -> !p.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The phrases, longest first. */
    public List<String> phrases() {
        return phrases;
    }

    /** Every non-overlapping match in {@code text}, in text order. */
    public List<Match> find(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean[] taken = new boolean[lower.length()];
        List<Match> matches = new ArrayList<>();
        for (String phrase : phrases) {
            for (int at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
                int end = at + phrase.length();
                if (boundary(lower, at - 1) && boundary(lower, end) && free(taken, at, end)) {
                    for (int i = at; i < end; i++) {
                        taken[i] = true;
                    }
                    matches.add(new Match(phrase, at, end));
                }
            }
        }
        matches.sort(Comparator.comparingInt(Match::start));
        return matches;
    }

    /** True when at least one phrase occurs. */
    public boolean occursIn(String text) {
        return !find(text).isEmpty();
    }

    /** {@code text} with every match replaced by spaces (offsets kept). */
    public String blank(String text) {
        char[] chars = text.toCharArray();
        for (Match m : find(text)) {
            for (int i = m.start(); i < m.end(); i++) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    private static boolean boundary(String text, int index) {
        return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
    }

    private static boolean free(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }
}

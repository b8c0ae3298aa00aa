package vn.soi.indexer.normalize;

import java.text.Normalizer;

/**
 * One canonical tone-mark placement: the "new style" that most current documents use ({@code ủy, hòa, thủy, khỏe}).
 *
 * <p>The two styles differ only in open syllables (no final consonant) whose nucleus is {@code oa}, {@code oe} or
 * {@code uy}: the old style marks the second vowel ({@code uỷ, hoà, thuỷ, khoẻ}), the new style the first. So a word
 * ending in one of those clusters, with the tone on its second vowel, a plain first vowel, and no vowel before the
 * cluster, has its tone moved to the first vowel. {@code qu} is a consonant, so {@code quý} is left alone; closed
 * syllables ({@code hoàn, toán, thuyết}) are the same in both styles and never touched. The rule is written down in
 * {@code docs/design/tone-marks.md}; it is applied to documents, queries, lexicons and models alike.
 */
public final class ToneMarks {

    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    private ToneMarks() {
    }

    /** Rewrites old-style placements in NFC text to the new style; other text is returned unchanged. */
    public static String canonical(String text) {
        StringBuilder out = null;
        int n = text.length();
        for (int i = 1; i < n; i++) {
            if (isWordEnd(text, i) && movesTone(text, i - 1, i)) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                char[] pair = moved(text.charAt(i - 1), text.charAt(i));
                out.setCharAt(i - 1, pair[0]);
                out.setCharAt(i, pair[1]);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isWordEnd(String text, int i) {
        if (i + 1 >= text.length()) {
            return true;
        }
        // A stray combining mark still belongs to the word: moving the tone before it would let NFC stack two tones.
        char next = text.charAt(i + 1);
        return !Character.isLetter(next) && Character.getType(next) != Character.NON_SPACING_MARK;
    }

    private static boolean movesTone(String text, int first, int second) {
        char v1 = Character.toLowerCase(text.charAt(first));
        String d2 = decomposed(text.charAt(second));
        if (d2.length() != 2 || TONES.indexOf(d2.charAt(1)) < 0) {
            return false;
        }
        char b2 = Character.toLowerCase(d2.charAt(0));
        boolean cluster = (v1 == 'o' && (b2 == 'a' || b2 == 'e')) || (v1 == 'u' && b2 == 'y');
        if (!cluster) {
            return false;
        }
        if (first == 0) {
            return true;
        }
        char before = Character.toLowerCase(text.charAt(first - 1));
        return !isVowel(before) && !(v1 == 'u' && before == 'q');
    }

    private static char[] moved(char first, char second) {
        String d2 = decomposed(second);
        char tone = d2.charAt(1);
        String newFirst = Normalizer.normalize(first + String.valueOf(tone), Normalizer.Form.NFC);
        return new char[] {newFirst.charAt(0), d2.charAt(0)};
    }

    private static String decomposed(char c) {
        return c < 0xC0 ? String.valueOf(c) : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    }

    private static boolean isVowel(char lower) {
        if (lower < 0x80) {
            return "aeiouy".indexOf(lower) >= 0;
        }
        return Character.isLetter(lower) && "aeiouy".indexOf(decomposed(lower).charAt(0)) >= 0;
    }
}

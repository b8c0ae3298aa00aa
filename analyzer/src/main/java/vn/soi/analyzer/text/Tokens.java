package vn.soi.analyzer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.soi.indexer.normalize.VietnameseNormalizer;

/**
 * Splits text into {@link Token}s: runs of non-space characters with the punctuation around them trimmed (a trailing
 * {@code %} is kept, so "4,2%" stays one token). Vietnamese is written in syllables separated by spaces, so a token
 * is a syllable, a number or a code; syllables are the safer unit without a word segmenter (research note 3). The
 * lower-case form is also in Soi's canonical form (tone-mark placement, look-alike letters), as lexicons are.
 */
public final class Tokens {

    private Tokens() {
    }

    /** The tokens of {@code text} between {@code start} and {@code end}, with offsets into {@code text}. */
    public static List<Token> of(String text, int start, int end) {
        if (start < 0 || end > text.length() || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ") for a text of "
                    + text.length() + " characters");
        }
        List<Token> tokens = new ArrayList<>();
        int i = start;
        while (i < end) {
            while (i < end && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int runStart = i;
            while (i < end && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int s = runStart;
            int e = i;
            while (s < e && !Character.isLetterOrDigit(text.charAt(s))) {
                s++;
            }
            while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1)) && text.charAt(e - 1) != '%') {
                e--;
            }
            if (e > s) {
                String written = text.substring(s, e);
                tokens.add(new Token(s, e, written,
                        VietnameseNormalizer.canonical(written).toLowerCase(Locale.ROOT)));
            }
        }
        return tokens;
    }

    /** The tokens of a whole text. */
    public static List<Token> of(String text) {
        return of(text, 0, text.length());
    }

    /** The number of tokens that hold a letter or a digit: the word count of a part. */
    public static int words(List<Token> tokens) {
        int words = 0;
        for (Token token : tokens) {
            if (token.hasLetter() || token.hasDigit()) {
                words++;
            }
        }
        return words;
    }
}

package vn.soi.indexer.nlp.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.soi.indexer.normalize.VietnameseNormalizer;

/** Splits text into the {@link Token}s the recogniser works on, with their offsets. */
final class EntityTokens {

    private EntityTokens() {
    }

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        boolean lineBreak = true;
        boolean space = false;
        int spaces = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (c == '\n' || c == '\r' || c == '\t') {
                    lineBreak = true;
                }
                spaces++;
                if (spaces >= 2) {
                    lineBreak = true;
                }
                space = true;
                i++;
                continue;
            }
            int end = i + 1;
            if (Character.isLetter(c)) {
                while (end < n && (Character.isLetter(text.charAt(end)) || Character.getType(text.charAt(end))
                        == Character.NON_SPACING_MARK)) {
                    end++;
                }
            } else if (Character.isDigit(c)) {
                while (end < n && Character.isDigit(text.charAt(end))) {
                    end++;
                }
            }
            String word = text.substring(i, end);
            String lower = VietnameseNormalizer.canonical(word).toLowerCase(Locale.ROOT);
            tokens.add(new Token(word, lower.isEmpty() ? word.toLowerCase(Locale.ROOT) : lower, i, end, lineBreak,
                    space));
            lineBreak = false;
            space = false;
            spaces = 0;
            i = end;
        }
        return tokens;
    }

    /** Lower-case canonical token forms of a lexicon phrase, as {@link PhraseTable} keys them. */
    static List<String> keys(String phrase) {
        return of(phrase).stream().map(Token::lower).toList();
    }
}

package vn.soi.indexer.nlp.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import vn.soi.indexer.normalize.VietnameseNormalizer;

/** Splits text into the {@link Token}s the recogniser works on, with their offsets. */
final class EntityTokens {

    private static final int CACHE_LIMIT = 1 << 16;
    private static final Map<String, String> CANONICAL = new ConcurrentHashMap<>();

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
            tokens.add(new Token(word, lowerForm(word), i, end, lineBreak, space));
            lineBreak = false;
            space = false;
            spaces = 0;
            i = end;
        }
        return tokens;
    }

    /** The canonical lower-case form of a token. */
    private static String lowerForm(String word) {
        String canonical = canonical(word);
        return (canonical.isEmpty() ? word : canonical).toLowerCase(Locale.ROOT);
    }

    /**
     * {@link VietnameseNormalizer#canonical} of a token, case kept, cached per spelling (bounded, so odd input cannot
     * grow the cache without limit).
     */
    static String canonical(String word) {
        String cached = CANONICAL.get(word);
        if (cached != null) {
            return cached;
        }
        String canonical = VietnameseNormalizer.canonical(word);
        if (CANONICAL.size() < CACHE_LIMIT) {
            CANONICAL.putIfAbsent(word, canonical);
        }
        return canonical;
    }

    /** Lower-case canonical token forms of a lexicon phrase, as {@link PhraseTable} keys them. */
    static List<String> keys(String phrase) {
        return of(phrase).stream().map(Token::lower).toList();
    }
}

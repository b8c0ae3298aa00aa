package vn.soi.indexer.nlp.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * Splits a span of text into CoreNLP tokens for the rules: runs of letters and digits (keeping a dot or comma between
 * digits, so "1.234" and "4,2" stay one token) and single punctuation marks. The token's word is lower-cased, so rules
 * are written in lower case; its offsets point into the whole text. About as cheap as CoreNLP's whitespace tokenizer,
 * but separates the "/" and "-" of dates and decision numbers.
 */
public final class RuleTokenizer {

    private RuleTokenizer() {
    }

    /** Tokens of {@code text[from, to)} with offsets into {@code text}. */
    public static List<CoreLabel> tokenize(String text, int from, int to) {
        if (from < 0 || to > text.length() || from > to) {
            throw new IndexOutOfBoundsException("span [" + from + ", " + to + ") of a text of " + text.length());
        }
        List<CoreLabel> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int end = i + 1;
            if (isWordChar(c)) {
                while (end < to && (isWordChar(text.charAt(end)) || isNumberJoint(text, end, to))) {
                    end++;
                }
            }
            tokens.add(token(text, i, end, tokens.size()));
            i = end;
        }
        return tokens;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** A dot or comma between two digits. */
    private static boolean isNumberJoint(String text, int at, int to) {
        char c = text.charAt(at);
        return (c == '.' || c == ',') && at + 1 < to && Character.isDigit(text.charAt(at + 1))
                && Character.isDigit(text.charAt(at - 1));
    }

    private static CoreLabel token(String text, int start, int end, int index) {
        String original = text.substring(start, end);
        CoreLabel label = new CoreLabel();
        label.setOriginalText(original);
        label.setWord(original.toLowerCase(Locale.ROOT));
        label.setValue(label.word());
        label.setBeginPosition(start);
        label.setEndPosition(end);
        label.setIndex(index + 1);
        return label;
    }
}

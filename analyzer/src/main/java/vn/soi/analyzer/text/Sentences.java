package vn.soi.analyzer.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences: at a line break, or at {@code . ! ? …} followed by a space or the end, except a full stop
 * between digits ("5.220"). Reports write one item a line, so a line is at least a sentence. Spans are trimmed of
 * spaces and kept only when they hold a letter.
 */
public final class Sentences {

    private Sentences() {
    }

    /** The sentences of {@code text} between {@code start} and {@code end}, with offsets into {@code text}. */
    public static List<TextSpan> of(String text, int start, int end) {
        List<TextSpan> sentences = new ArrayList<>();
        int from = start;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            boolean boundary = c == '\n' || c == '\r';
            if (!boundary && (c == '.' || c == '!' || c == '?' || c == '…')) {
                boolean atEnd = i + 1 >= end;
                boolean spaceAfter = !atEnd && Character.isWhitespace(text.charAt(i + 1));
                boolean quoteAfter = !atEnd && (text.charAt(i + 1) == '"' || text.charAt(i + 1) == '”');
                boundary = atEnd || spaceAfter || quoteAfter;
            }
            if (boundary) {
                add(text, from, c == '\n' || c == '\r' ? i : i + 1, sentences);
                from = i + 1;
            }
        }
        add(text, from, end, sentences);
        return sentences;
    }

    private static void add(String text, int start, int end, List<TextSpan> into) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        for (int i = s; i < e; i++) {
            if (Character.isLetter(text.charAt(i))) {
                into.add(new TextSpan(s, e));
                return;
            }
        }
    }
}

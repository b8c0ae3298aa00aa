package vn.soi.indexer.document;

import java.util.ArrayList;
import java.util.List;

/** One line of a text: offsets {@code [start, end)} without the line break, and its content. */
record TextLine(int index, int start, int end, String text) {

    /** The lines of {@code text}; "\r\n" and "\n" both end a line. */
    static List<TextLine> of(String text) {
        List<TextLine> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            lines.add(new TextLine(lines.size(), start, contentEnd, text.substring(start, contentEnd)));
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return lines;
    }

    boolean isBlank() {
        return text.isBlank();
    }

    /** Offset of the first non-blank character (or {@code end} for a blank line). */
    int contentStart() {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return start + i;
    }

    /** Offset just after the last non-blank character. */
    int contentEnd() {
        int i = text.length();
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return start + i;
    }
}

package vn.soi.indexer.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats the highlighter's passages as {@link Snippet}s, best first: matches in {@code <b>…</b>}, all text
 * HTML-escaped, runs of white space (line breaks included) shown as one space. A passage longer than
 * {@value #MAX_SNIPPET_CHARS} characters (a long sentence) is cut to a window around its first match, marked with
 * an ellipsis; the snippet's offsets are those of the window.
 */
final class SnippetFormatter extends PassageFormatter {

    /** Longest snippet, in characters of the document's text. */
    static final int MAX_SNIPPET_CHARS = 300;
    private static final int LEAD_CHARS = MAX_SNIPPET_CHARS / 3;
    private static final String ELLIPSIS = "…";

    @Override
    public Object format(Passage[] passages, String content) {
        Passage[] best = passages.clone();
        Arrays.sort(best, Comparator.comparingDouble((Passage p) -> -p.getScore())
                .thenComparingInt(Passage::getStartOffset));
        List<Snippet> snippets = new ArrayList<>(best.length);
        for (Passage passage : best) {
            snippets.add(snippet(passage, content));
        }
        return snippets;
    }

    private static Snippet snippet(Passage passage, String content) {
        int count = passage.getNumMatches();
        int[][] matches = new int[count][];
        for (int i = 0; i < count; i++) {
            matches[i] = new int[] {passage.getMatchStarts()[i], passage.getMatchEnds()[i]};
        }
        Arrays.sort(matches, Comparator.comparingInt((int[] m) -> m[0]).thenComparingInt(m -> m[1]));
        int start = passage.getStartOffset();
        int end = Math.min(passage.getEndOffset(), content.length());
        if (count > 0 && end - start > MAX_SNIPPET_CHARS) {
            start = Math.max(start, matches[0][0] - LEAD_CHARS);
            end = Math.max(Math.min(end, start + MAX_SNIPPET_CHARS), Math.min(matches[0][1], end));
        }
        StringBuilder html = new StringBuilder();
        if (start > passage.getStartOffset()) {
            html.append(ELLIPSIS);
        }
        int position = start;
        for (int[] match : matches) {
            int matchStart = Math.max(match[0], position);
            int matchEnd = Math.min(match[1], end);
            if (matchEnd <= matchStart) {
                continue;
            }
            appendEscaped(html, content, position, matchStart);
            html.append("<b>");
            appendEscaped(html, content, matchStart, matchEnd);
            html.append("</b>");
            position = matchEnd;
        }
        appendEscaped(html, content, position, end);
        if (end < passage.getEndOffset()) {
            html.append(ELLIPSIS);
        }
        if (count == 0) {
            return new Snippet(html.toString().strip(), start, end, -1, -1);
        }
        return new Snippet(html.toString().strip(), start, end, matches[0][0], Math.min(matches[0][1], end));
    }

    /** The opening of a text, for hits where nothing could be highlighted. */
    static Snippet opening(String content) {
        int end = Math.min(content.length(), MAX_SNIPPET_CHARS);
        StringBuilder html = new StringBuilder();
        appendEscaped(html, content, 0, end);
        if (end < content.length()) {
            html.append(ELLIPSIS);
        }
        return new Snippet(html.toString().strip(), 0, end, -1, -1);
    }

    private static void appendEscaped(StringBuilder out, String content, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = content.charAt(i);
            if (Character.isWhitespace(c)) {
                if (out.length() == 0 || out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                continue;
            }
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
    }
}

package vn.soi.indexer.index;

import java.util.Objects;

/**
 * One highlighted passage of a hit: {@code html} is the passage with matches in {@code <b>…</b>} and all other text
 * HTML-escaped; {@code [start, end)} are the passage's offsets and {@code [matchStart, matchEnd)} those of its first
 * match, all in the document's normalised text ({@code -1} for the match of a passage without one, such as the
 * opening lines shown when nothing could be highlighted).
 */
public record Snippet(String html, int start, int end, int matchStart, int matchEnd) {

    public Snippet {
        Objects.requireNonNull(html, "html");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad snippet span [" + start + ", " + end + ")");
        }
        if (matchStart != -1 && (matchStart < start || matchEnd < matchStart || matchEnd > end)) {
            throw new IllegalArgumentException(
                    "match [" + matchStart + ", " + matchEnd + ") outside snippet [" + start + ", " + end + ")");
        }
    }

    /** True when the passage holds a match. */
    public boolean hasMatch() {
        return matchStart >= 0;
    }
}

package vn.soi.web.document;

import java.util.Objects;

/**
 * A span of a document's normalised text to mark on the page: a finding's evidence or the passage a search hit
 * opened at.
 *
 * @param start first character
 * @param end after the last character
 * @param kind what the span is
 * @param anchor the element id of its start, for links to it
 * @param title a short description (the finding's signal), or ""
 */
public record TextMark(int start, int end, Kind kind, String anchor, String title) {
    /** What a marked span is. */
    public enum Kind {
        /** Evidence of a finding. */
        EVIDENCE,
        /** The passage a search hit opened at. */
        HIT
    }

    /** Validates the fields. */
    public TextMark {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad mark span [" + start + ", " + end + ") for " + anchor);
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(title, "title");
    }
}

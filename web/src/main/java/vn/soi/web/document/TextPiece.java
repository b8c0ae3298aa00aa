package vn.soi.web.document;

import java.util.List;
import java.util.Objects;

/**
 * A run of a document's text that is shown one way: plain, as evidence, or as the search hit's passage; with the
 * anchors that start at it. Its text is plain (the template escapes it), personal names already replaced for
 * researchers.
 *
 * @param text the text
 * @param evidence whether it is part of a finding's evidence
 * @param hit whether it is part of the passage the search hit opened at
 * @param anchors element ids that start here
 * @param title what the marks are (the findings' signals), or ""
 */
public record TextPiece(String text, boolean evidence, boolean hit, List<String> anchors, String title) {
    /** Validates the fields. */
    public TextPiece {
        Objects.requireNonNull(text, "text");
        anchors = List.copyOf(anchors);
        Objects.requireNonNull(title, "title");
    }
}

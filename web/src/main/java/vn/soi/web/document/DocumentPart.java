package vn.soi.web.document;

import java.util.List;
import java.util.Objects;

/**
 * One part of a document as outlined on the page.
 *
 * @param anchor the element id of the part
 * @param label the kind of part in Vietnamese ("Hạn chế, khuyết điểm", "Mở đầu"…)
 * @param heading the heading as written, or ""
 * @param pieces the part's text, marked
 */
public record DocumentPart(String anchor, String label, String heading, List<TextPiece> pieces) {
    /** Validates the fields. */
    public DocumentPart {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(heading, "heading");
        pieces = List.copyOf(pieces);
    }
}

package vn.soi.indexer.document;

import java.util.List;
import java.util.Objects;

/**
 * One part of a document: its kind, the heading as written (empty when the part was found without a heading), and its
 * character offsets {@code [start, end)} into the normalised text, heading included. Sub-items (for example the
 * numbered items of the strengths part) are nested sections of the same kind or a more specific one.
 */
public record Section(SectionKind kind, String heading, int start, int end, List<Section> items) {

    public Section {
        Objects.requireNonNull(kind, "kind");
        heading = heading == null ? "" : heading;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad section span [" + start + ", " + end + ") for " + kind);
        }
        items = List.copyOf(items == null ? List.of() : items);
    }

    public Section(SectionKind kind, String heading, int start, int end) {
        this(kind, heading, start, end, List.of());
    }

    /** The section's text cut from the document's normalised text. */
    public String textIn(String documentText) {
        return documentText.substring(start, Math.min(end, documentText.length()));
    }
}

package vn.soi.indexer.nlp.entity;

import java.util.Objects;

/**
 * A person, position or unit found in a text: its kind, the text as written, the offsets {@code [start, end)} into the
 * text given to {@link EntityRecognizer#find}, and a normalised form for joining and faceting (people in title case,
 * "NGUYỄN VĂN AN" as "Nguyễn Văn An"; positions and units in lower case; all canonical, single spaces).
 */
public record Entity(EntityKind kind, String text, int start, int end, String normalized) {

    public Entity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(normalized, "normalized");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad entity span [" + start + ", " + end + ") for " + kind + " '"
                    + text + "'");
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("entity text '" + text + "' does not fit its span [" + start + ", "
                    + end + ")");
        }
    }
}

package vn.soi.corpora.text;

import java.util.Objects;

/**
 * One paragraph of a generated document.
 *
 * @param kind its role (title, heading, paragraph...)
 * @param part the template part it belongs to
 * @param text the text, NFC, without line breaks
 */
public record Block(BlockKind kind, PartKind part, String text) {
    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(text, "text");
        if (text.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("block text must be one line: " + text);
        }
    }
}

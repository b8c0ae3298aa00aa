package vn.soi.indexer.document;

import java.util.Objects;

/**
 * One extracted value with the offsets {@code [start, end)} of the text it was read from in the normalised text
 * ({@code -1, -1} when the value was derived rather than read, for example {@code LEADER}).
 */
public record ExtractedField(FieldName name, String value, int start, int end) {

    public ExtractedField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, () -> "value of " + name);
        if (start < -1 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for field " + name);
        }
    }

    /** A value that was inferred, not quoted. */
    public static ExtractedField derived(FieldName name, String value) {
        return new ExtractedField(name, value, -1, -1);
    }
}

package vn.soi.analyzer.finding;

import java.util.Objects;

/**
 * One piece of evidence: a quote from a document with its offsets {@code [start, end)} into that document's
 * normalised text, or a register row (offsets null, the row rendered as the quote).
 */
public record Evidence(String document, String quote, Integer start, Integer end) {

    public Evidence {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(quote, () -> "quote in " + document);
        if ((start == null) != (end == null) || (start != null && (start < 0 || end < start))) {
            throw new IllegalArgumentException("bad evidence span [" + start + ", " + end + ") in " + document);
        }
    }

    /** A register row, quoted as its cells joined by " | ". */
    public static Evidence row(String document, String renderedRow) {
        return new Evidence(document, renderedRow, null, null);
    }
}

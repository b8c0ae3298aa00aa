package vn.soi.analyzer.records;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import vn.soi.analyzer.finding.Evidence;
import vn.soi.indexer.document.ExtractedField;
import vn.soi.indexer.document.FieldName;
import vn.soi.indexer.document.ParsedDocument;

/**
 * Reads the facts the records signals join on from a document's extracted fields: who, which unit, which review year,
 * dates; and quotes a field as evidence. The unit of a person is the {@code UNIT} field, else the party cell, else
 * the collective: the same order for every signal, so joins agree.
 */
public final class ReviewFacts {

    private ReviewFacts() {
    }

    /** The path used in findings. */
    public static String path(ParsedDocument document) {
        return document.provenance().path();
    }

    /** The unit a document's subject belongs to (UNIT, else CELL, else COLLECTIVE), if any. */
    public static Optional<String> unit(ParsedDocument document) {
        return firstNonBlank(document, FieldName.UNIT, FieldName.CELL, FieldName.COLLECTIVE);
    }

    /** The person a document is about (PERSON, else SUBJECT), if any. */
    public static Optional<String> person(ParsedDocument document) {
        return firstNonBlank(document, FieldName.PERSON, FieldName.SUBJECT);
    }

    /** The review year (YEAR field), if it is a plausible whole number. */
    public static Optional<Integer> year(ParsedDocument document) {
        return document.field(FieldName.YEAR).flatMap(ReviewFacts::parseYear);
    }

    /** An ISO date field, if present and valid. */
    public static Optional<LocalDate> date(ParsedDocument document, FieldName name) {
        return document.field(name).flatMap(value -> {
            try {
                return Optional.of(LocalDate.parse(value.strip()));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    /** The first field of a name as it was found. */
    public static Optional<ExtractedField> field(ParsedDocument document, FieldName name) {
        return document.fields().stream().filter(f -> f.name() == name).findFirst();
    }

    /**
     * A field as evidence: the quoted text at its offsets, or, for a derived value, the value itself with no offsets.
     * Field labels are kept out: the quote is the text the value was read from.
     */
    public static Evidence quote(ParsedDocument document, ExtractedField field) {
        String text = document.text();
        if (field.start() >= 0 && field.end() <= text.length()) {
            return new Evidence(path(document), text.substring(field.start(), field.end()), field.start(), field.end());
        }
        return Evidence.row(path(document), field.name() + ": " + field.value());
    }

    /** A span of the document as evidence, trimmed of surrounding white space. */
    public static Evidence span(ParsedDocument document, int start, int end) {
        String text = document.text();
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Evidence(path(document), text.substring(s, e), s, e);
    }

    /** True when a field says "true" (LEADER, HEAD). */
    public static boolean isTrue(ParsedDocument document, FieldName name) {
        return document.field(name).map(v -> v.strip().equalsIgnoreCase("true")).orElse(false);
    }

    static Optional<Integer> parseYear(String value) {
        try {
            int year = Integer.parseInt(value.strip());
            return year >= 1945 && year <= 2100 ? Optional.of(year) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> firstNonBlank(ParsedDocument document, FieldName... names) {
        for (FieldName name : names) {
            Optional<String> value = document.field(name).filter(v -> !v.isBlank());
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }
}

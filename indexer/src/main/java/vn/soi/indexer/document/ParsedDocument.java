package vn.soi.indexer.document;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import vn.soi.indexer.records.RegisterRecord;

/**
 * A file turned into a structured Vietnamese document: its normalised text, what it is, the fields and parts found in
 * it (all offsets point into {@code text}), the opinions of minutes, the rows of registers, and its provenance.
 * {@code id} is stable for a path, so a changed file replaces its earlier version.
 */
public record ParsedDocument(String id, Provenance provenance, String text, Classification classification,
                             List<ExtractedField> fields, List<Section> sections, List<Opinion> opinions,
                             List<RegisterRecord> records, List<String> warnings) {

    public ParsedDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(classification, "classification");
        fields = List.copyOf(fields);
        sections = List.copyOf(sections);
        opinions = List.copyOf(opinions);
        records = List.copyOf(records);
        warnings = List.copyOf(warnings);
    }

    public DocumentType type() {
        return classification.type();
    }

    /** The first value of a field, if any. */
    public Optional<String> field(FieldName name) {
        return fields.stream().filter(f -> f.name() == name).map(ExtractedField::value).findFirst();
    }

    /** Every value of a field, in document order. */
    public List<String> fieldValues(FieldName name) {
        return fields.stream().filter(f -> f.name() == name).map(ExtractedField::value).toList();
    }

    /** The top-level sections of a kind, in document order. */
    public Stream<Section> sections(SectionKind kind) {
        return sections.stream().filter(s -> s.kind() == kind);
    }
}

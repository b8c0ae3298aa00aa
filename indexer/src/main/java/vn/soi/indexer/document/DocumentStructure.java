package vn.soi.indexer.document;

import java.util.List;
import java.util.Optional;

/**
 * What a structure reader found in a document's normalised text: fields, top-level parts (with their items), the
 * opinions of minutes, and warnings for the user (Vietnamese) about what could not be read. Every offset points into
 * the text that was read.
 */
public record DocumentStructure(List<ExtractedField> fields, List<Section> sections, List<Opinion> opinions,
                                List<String> warnings) {

    public DocumentStructure {
        fields = List.copyOf(fields);
        sections = List.copyOf(sections);
        opinions = List.copyOf(opinions);
        warnings = List.copyOf(warnings);
    }

    /** Nothing found (documents of type OTHER, registers). */
    public static DocumentStructure empty() {
        return new DocumentStructure(List.of(), List.of(), List.of(), List.of());
    }

    /** The first value of a field, if any. */
    public Optional<String> field(FieldName name) {
        return fields.stream().filter(f -> f.name() == name).map(ExtractedField::value).findFirst();
    }

    /** Every field of a name, in the order found. */
    public List<ExtractedField> fields(FieldName name) {
        return fields.stream().filter(f -> f.name() == name).toList();
    }

    /** The first top-level part of a kind, if any. */
    public Optional<Section> section(SectionKind kind) {
        return sections.stream().filter(s -> s.kind() == kind).findFirst();
    }
}

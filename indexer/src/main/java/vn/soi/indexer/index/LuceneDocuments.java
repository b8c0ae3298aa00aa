package vn.soi.indexer.index;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

import vn.soi.indexer.document.DocumentJson;
import vn.soi.indexer.document.FieldName;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.document.Rating;
import vn.soi.indexer.document.Section;
import vn.soi.indexer.document.SectionKind;
import vn.soi.indexer.records.DisciplineRecord;
import vn.soi.indexer.records.RatingRecord;
import vn.soi.indexer.records.RegisterRecord;

/** Turns a {@link ParsedDocument} into the Lucene document of {@link IndexSchema}, and a stored one back. */
final class LuceneDocuments {

    /** Analysed, offsets in the postings for the highlighter, not stored. */
    private static final FieldType TEXT_WITH_OFFSETS = textType(false);
    /** As {@link #TEXT_WITH_OFFSETS}, and stored. */
    private static final FieldType STORED_TEXT_WITH_OFFSETS = textType(true);

    private LuceneDocuments() {
    }

    private static FieldType textType(boolean stored) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(stored);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    static Document toLucene(ParsedDocument document, FacetsConfig facetsConfig) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(IndexSchema.ID, document.id(), Field.Store.YES));
        doc.add(new StringField(IndexSchema.PATH, document.provenance().path(), Field.Store.YES));
        doc.add(new StringField(IndexSchema.CONTENT_HASH, document.provenance().contentHash(), Field.Store.YES));
        doc.add(new StoredField(IndexSchema.TITLE, title(document)));
        String text = document.text();
        doc.add(new Field(IndexSchema.TEXT, text, STORED_TEXT_WITH_OFFSETS));
        doc.add(new Field(IndexSchema.TEXT_FOLDED, text, TEXT_WITH_OFFSETS));
        for (Map.Entry<SectionKind, List<Section>> part : partsByKind(document.sections()).entrySet()) {
            String field = IndexSchema.partField(part.getKey());
            String masked = maskOutside(text, part.getValue());
            doc.add(new Field(field, masked, TEXT_WITH_OFFSETS));
            doc.add(new Field(IndexSchema.folded(field), masked, TEXT_WITH_OFFSETS));
        }
        addText(doc, IndexSchema.UNIT, units(document));
        addText(doc, IndexSchema.PERSON, persons(document));
        addText(doc, IndexSchema.POSITION, positions(document));

        String type = document.type().name();
        doc.add(new StringField(IndexSchema.TYPE, type, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(FacetDimension.TYPE.dim(), type));
        for (String unit : units(document)) {
            doc.add(new SortedSetDocValuesFacetField(FacetDimension.UNIT.dim(), unit));
        }
        for (String person : persons(document)) {
            doc.add(new SortedSetDocValuesFacetField(FacetDimension.PERSON.dim(), person));
        }
        for (Rating rating : ratings(document)) {
            doc.add(new StringField(IndexSchema.RATING, rating.name(), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(FacetDimension.RATING.dim(), rating.name()));
        }
        for (int year : years(document)) {
            doc.add(new IntPoint(IndexSchema.YEAR, year));
            doc.add(new SortedSetDocValuesFacetField(FacetDimension.YEAR.dim(), Integer.toString(year)));
        }
        date(document).ifPresent(date -> {
            doc.add(new LongPoint(IndexSchema.DATE, date.toEpochDay()));
            doc.add(new NumericDocValuesField(IndexSchema.DATE, date.toEpochDay()));
        });
        doc.add(new StoredField(IndexSchema.RECORD, DocumentJson.toJson(withText(document, ""))));
        return facetsConfig.build(doc);
    }

    /** The document stored in a Lucene document: its record with its text put back. */
    static ParsedDocument fromStored(Document stored) {
        String record = stored.get(IndexSchema.RECORD);
        String text = stored.get(IndexSchema.TEXT);
        if (record == null || text == null) {
            throw new IllegalStateException("index entry " + stored.get(IndexSchema.ID) + " has no stored record");
        }
        return withText(DocumentJson.fromJson(record), text);
    }

    /** The title shown in hit lists: the type's label, who or what the document is about, and the year. */
    static String title(ParsedDocument document) {
        StringBuilder title = new StringBuilder(document.type().label()).append(" – ");
        Optional<String> subject = document.field(FieldName.PERSON)
                .or(() -> document.field(FieldName.COLLECTIVE))
                .or(() -> document.field(FieldName.UNIT));
        if (subject.isPresent()) {
            title.append(subject.get());
        } else {
            String path = document.provenance().path();
            title.append(path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1));
        }
        document.field(FieldName.YEAR).ifPresent(year -> title.append(" – năm ").append(year));
        return title.toString();
    }

    private static ParsedDocument withText(ParsedDocument d, String text) {
        return new ParsedDocument(d.id(), d.provenance(), text, d.classification(), d.fields(), d.sections(),
                d.opinions(), d.records(), d.warnings());
    }

    private static void addText(Document doc, String field, Set<String> values) {
        for (String value : values) {
            doc.add(new Field(field, value, TEXT_WITH_OFFSETS));
            doc.add(new Field(IndexSchema.folded(field), value, TEXT_WITH_OFFSETS));
        }
    }

    /** Sections of every kind, nested items included, grouped by kind. */
    private static Map<SectionKind, List<Section>> partsByKind(List<Section> sections) {
        Map<SectionKind, List<Section>> byKind = new EnumMap<>(SectionKind.class);
        collect(sections, byKind);
        return byKind;
    }

    private static void collect(List<Section> sections, Map<SectionKind, List<Section>> byKind) {
        for (Section section : sections) {
            byKind.computeIfAbsent(section.kind(), k -> new ArrayList<>()).add(section);
            collect(section.items(), byKind);
        }
    }

    /** The text with every character outside the sections replaced by a space, so offsets stay those of the text. */
    private static String maskOutside(String text, List<Section> sections) {
        boolean[] inside = new boolean[text.length()];
        for (Section section : sections) {
            for (int i = section.start(); i < Math.min(section.end(), text.length()); i++) {
                inside[i] = true;
            }
        }
        char[] masked = text.toCharArray();
        for (int i = 0; i < masked.length; i++) {
            if (!inside[i]) {
                masked[i] = ' ';
            }
        }
        return new String(masked);
    }

    static Set<String> units(ParsedDocument document) {
        Set<String> units = nonBlank(document.fieldValues(FieldName.UNIT));
        document.records().stream().map(RegisterRecord::unit).filter(u -> !u.isBlank()).map(String::strip)
                .forEach(units::add);
        return units;
    }

    static Set<String> persons(ParsedDocument document) {
        Set<String> persons = nonBlank(document.fieldValues(FieldName.PERSON));
        document.records().stream().filter(r -> !r.collective()).map(RegisterRecord::subject)
                .filter(s -> !s.isBlank()).map(String::strip).forEach(persons::add);
        return persons;
    }

    private static Set<String> positions(ParsedDocument document) {
        Set<String> positions = nonBlank(document.fieldValues(FieldName.PARTY_POSITION));
        positions.addAll(nonBlank(document.fieldValues(FieldName.GOVERNMENT_POSITION)));
        for (RegisterRecord record : document.records()) {
            String position = record instanceof DisciplineRecord d ? d.position() : ((RatingRecord) record).position();
            if (!position.isBlank()) {
                positions.add(position.strip());
            }
        }
        return positions;
    }

    private static Set<Rating> ratings(ParsedDocument document) {
        Set<Rating> ratings = new LinkedHashSet<>();
        document.fieldValues(FieldName.SELF_RATING).forEach(v -> Rating.parse(v).ifPresent(ratings::add));
        document.fieldValues(FieldName.RATING).forEach(v -> Rating.parse(v).ifPresent(ratings::add));
        for (RegisterRecord record : document.records()) {
            if (record instanceof RatingRecord rating) {
                ratings.add(rating.rating());
            }
        }
        return ratings;
    }

    static Set<Integer> years(ParsedDocument document) {
        Set<Integer> years = new LinkedHashSet<>();
        for (String value : document.fieldValues(FieldName.YEAR)) {
            try {
                years.add(Integer.parseInt(value.strip()));
            } catch (NumberFormatException e) {
                // A year the structure reader could not read as a number is not a year to filter on.
                continue;
            }
        }
        for (RegisterRecord record : document.records()) {
            years.add(record instanceof RatingRecord r ? r.year() : ((DisciplineRecord) record).decided().getYear());
        }
        return years;
    }

    /** The document's own date: the date written on it, else the decision date, else the meeting date. */
    private static Optional<LocalDate> date(ParsedDocument document) {
        for (FieldName name : List.of(FieldName.DATE, FieldName.DECISION_DATE, FieldName.MEETING_DATE)) {
            for (String value : document.fieldValues(name)) {
                try {
                    return Optional.of(LocalDate.parse(value.strip()));
                } catch (DateTimeParseException e) {
                    // Dates are ISO by contract (FieldName); skip a malformed one and try the next source.
                    continue;
                }
            }
        }
        return Optional.empty();
    }

    private static Set<String> nonBlank(List<String> values) {
        Set<String> set = new LinkedHashSet<>();
        values.stream().filter(v -> !v.isBlank()).map(String::strip).forEach(set::add);
        return set;
    }
}

package vn.soi.analyzer.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

import vn.soi.analyzer.finding.Evidence;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.ExtractedField;
import vn.soi.indexer.document.FieldName;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.document.Rating;
import vn.soi.indexer.records.CollectiveKey;
import vn.soi.indexer.records.DisciplineForm;
import vn.soi.indexer.records.DisciplineRecord;
import vn.soi.indexer.records.IdentityKey;
import vn.soi.indexer.records.PersonKey;
import vn.soi.indexer.records.RatingRecord;
import vn.soi.indexer.records.RegisterRecord;

/**
 * Turns documents into the facts the records signals join: {@link RatingClaim}s from self-ratings, rating registers
 * and rating decisions; {@link DisciplineEvent}s from discipline registers and decisions. A document without the
 * fields to identify its subject (name and unit, or the collective's unit) and year gives nothing: Soi joins only on
 * what it can identify.
 */
public final class RecordReader {

    private RecordReader() {
    }

    /** The ratings a document states. */
    public static List<RatingClaim> ratings(ParsedDocument document) {
        List<RatingClaim> claims = new ArrayList<>();
        for (RegisterRecord record : document.records()) {
            if (record instanceof RatingRecord r) {
                claims.add(new RatingClaim(IdentityKey.of(r), r.subject(), r.unit(), r.year(), r.rating(),
                        RatingClaim.Source.REGISTER, r.position(), false, Evidence.row(ReviewFacts.path(document),
                        render(r)), ReviewFacts.path(document), document.type(), document.provenance().contentHash(),
                        List.of()));
            }
        }
        if (document.type().isReport()) {
            claim(document, FieldName.SELF_RATING, RatingClaim.Source.SELF).ifPresent(claims::add);
        } else if (document.type() == DocumentType.RATING_DECISION) {
            claim(document, FieldName.RATING, RatingClaim.Source.DECISION).ifPresent(claims::add);
        }
        return claims;
    }

    /** The disciplines a document states. */
    public static List<DisciplineEvent> disciplines(ParsedDocument document) {
        List<DisciplineEvent> events = new ArrayList<>();
        for (RegisterRecord record : document.records()) {
            if (record instanceof DisciplineRecord d) {
                events.add(new DisciplineEvent(IdentityKey.of(d), d.subject(), d.unit(), d.position(), d.form(),
                        d.decided(), Evidence.row(ReviewFacts.path(document), render(d)), ReviewFacts.path(document),
                        document.provenance().contentHash()));
            }
        }
        if (document.type() == DocumentType.DISCIPLINE_DECISION) {
            decision(document).ifPresent(events::add);
        }
        return events;
    }

    /** A register row as its cells joined by " | ". */
    public static String render(RegisterRecord record) {
        StringJoiner cells = new StringJoiner(" | ");
        cells.add(record.subject()).add(record.unit());
        if (!record.position().isBlank()) {
            cells.add(record.position());
        }
        if (record instanceof DisciplineRecord d) {
            cells.add(d.form().label()).add(String.format("%02d/%02d/%d", d.decided().getDayOfMonth(),
                    d.decided().getMonthValue(), d.decided().getYear()));
            if (!d.number().isBlank()) {
                cells.add(d.number());
            }
        } else if (record instanceof RatingRecord r) {
            cells.add(String.valueOf(r.year())).add(r.rating().label());
        }
        return cells.toString();
    }

    /** The key of a document's subject: the collective's unit for collective reports, else name and unit. */
    public static Optional<IdentityKey> subjectKey(ParsedDocument document) {
        Optional<String> unit = ReviewFacts.unit(document);
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        if (document.type() == DocumentType.COLLECTIVE_REPORT) {
            return Optional.of(CollectiveKey.of(unit.get()));
        }
        Optional<String> person = ReviewFacts.person(document);
        if (person.isPresent()) {
            return Optional.of(PersonKey.of(person.get(), unit.get()));
        }
        if (document.field(FieldName.COLLECTIVE).isPresent()) {
            return Optional.of(CollectiveKey.of(unit.get()));
        }
        return Optional.empty();
    }

    /**
     * Every key the document's subject may be registered under: one per unit the document names (UNIT, CELL,
     * COLLECTIVE), in that order. Registers write "Đơn vị" as the office or as the party cell.
     */
    public static List<IdentityKey> subjectKeys(ParsedDocument document) {
        List<IdentityKey> keys = new ArrayList<>();
        Optional<String> person = ReviewFacts.person(document);
        boolean collective = document.type() == DocumentType.COLLECTIVE_REPORT || person.isEmpty();
        for (FieldName name : List.of(FieldName.UNIT, FieldName.CELL, FieldName.COLLECTIVE)) {
            document.field(name).filter(v -> !v.isBlank()).ifPresent(unit -> {
                IdentityKey key = collective ? CollectiveKey.of(unit) : PersonKey.of(person.get(), unit);
                if (!keys.contains(key)) {
                    keys.add(key);
                }
            });
        }
        return keys;
    }

    /** The name shown for a document's subject: the person, else the collective, else the unit. */
    public static String subjectName(ParsedDocument document) {
        return ReviewFacts.person(document).or(() -> document.field(FieldName.COLLECTIVE))
                .or(() -> ReviewFacts.unit(document)).orElse("");
    }

    private static Optional<RatingClaim> claim(ParsedDocument document, FieldName ratingField,
                                               RatingClaim.Source source) {
        Optional<ExtractedField> field = ReviewFacts.field(document, ratingField);
        Optional<Rating> rating = field.flatMap(f -> Rating.parse(f.value()));
        Optional<Integer> year = ReviewFacts.year(document);
        Optional<IdentityKey> key = subjectKey(document);
        if (rating.isEmpty() || year.isEmpty() || key.isEmpty()) {
            return Optional.empty();
        }
        String position = ReviewFacts.field(document, FieldName.PARTY_POSITION)
                .or(() -> ReviewFacts.field(document, FieldName.GOVERNMENT_POSITION))
                .map(ExtractedField::value).orElse("");
        return Optional.of(new RatingClaim(key.get(), subjectName(document), ReviewFacts.unit(document).orElseThrow(),
                year.get(), rating.get(), source, position, ReviewFacts.isTrue(document, FieldName.HEAD),
                ReviewFacts.quote(document, field.get()), ReviewFacts.path(document), document.type(),
                document.provenance().contentHash(), subjectKeys(document)));
    }

    private static Optional<DisciplineEvent> decision(ParsedDocument document) {
        Optional<ExtractedField> formField = ReviewFacts.field(document, FieldName.DISCIPLINE_FORM);
        Optional<DisciplineForm> form = formField.flatMap(f -> form(f.value()));
        Optional<LocalDate> date = ReviewFacts.date(document, FieldName.DECISION_DATE);
        Optional<String> unit = ReviewFacts.unit(document);
        Optional<String> person = ReviewFacts.person(document);
        if (form.isEmpty() || date.isEmpty() || unit.isEmpty()) {
            return Optional.empty();
        }
        IdentityKey key = person.<IdentityKey>map(p -> PersonKey.of(p, unit.get()))
                .orElseGet(() -> CollectiveKey.of(unit.get()));
        String position = document.field(FieldName.PARTY_POSITION)
                .or(() -> document.field(FieldName.GOVERNMENT_POSITION)).orElse("");
        return Optional.of(new DisciplineEvent(key, person.orElse(unit.get()), unit.get(), position, form.get(),
                date.get(), ReviewFacts.quote(document, formField.get()), ReviewFacts.path(document),
                document.provenance().contentHash()));
    }

    /** A discipline form from its Vietnamese name ("Khiển trách", "cảnh cáo") or constant name. */
    static Optional<DisciplineForm> form(String value) {
        String folded = Fold.ascii(value);
        for (DisciplineForm form : DisciplineForm.values()) {
            if (form.name().equalsIgnoreCase(value.strip()) || folded.contains(Fold.ascii(form.label()))) {
                return Optional.of(form);
            }
        }
        if (folded.contains("khoi to") || folded.contains("truy to")) {
            return Optional.of(DisciplineForm.PROSECUTION);
        }
        return Optional.empty();
    }
}

package vn.soi.indexer.records;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import vn.soi.indexer.document.DocumentType;

/**
 * A register file as read: its kind, how its header was understood, the rows kept and a warning for each row skipped.
 *
 * @param file the file read
 * @param type {@link DocumentType#DISCIPLINE_REGISTER} or {@link DocumentType#RATING_REGISTER}
 * @param header the header mapping
 * @param records the rows kept, in file order ({@link DisciplineRecord}s or {@link RatingRecord}s by type)
 * @param warnings one per row skipped, in file order
 */
public record Register(Path file, DocumentType type, HeaderMapping header, List<RegisterRecord> records,
                       List<RegisterWarning> warnings) {

    public Register {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(header, "header");
        if (type != header.type()) {
            throw new IllegalArgumentException("register type " + type + " differs from its header's " + header.type()
                    + " in " + file);
        }
        records = List.copyOf(records);
        warnings = List.copyOf(warnings);
    }

    /** The discipline rows (empty for rating results). */
    public List<DisciplineRecord> disciplineRecords() {
        return records.stream().filter(DisciplineRecord.class::isInstance).map(DisciplineRecord.class::cast).toList();
    }

    /** The rating rows (empty for a discipline register). */
    public List<RatingRecord> ratingRecords() {
        return records.stream().filter(RatingRecord.class::isInstance).map(RatingRecord.class::cast).toList();
    }
}

package vn.soi.indexer.records;

import java.util.Map;
import java.util.Objects;

import vn.soi.indexer.document.Rating;

/** A rating results row: who (person or collective), unit, position, review year and level. */
public record RatingRecord(String subject, boolean collective, String unit, String position, int year, Rating rating,
                           int row, Map<String, String> extra) implements RegisterRecord {

    public RatingRecord {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(rating, "rating");
        if (year < 1945 || year > 2100) {
            throw new IllegalArgumentException("implausible review year " + year + " for " + subject);
        }
        position = position == null ? "" : position;
        extra = Map.copyOf(extra);
    }
}

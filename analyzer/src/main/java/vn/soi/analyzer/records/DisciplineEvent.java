package vn.soi.analyzer.records;

import java.time.LocalDate;
import java.util.Objects;

import vn.soi.analyzer.finding.Evidence;
import vn.soi.indexer.records.DisciplineForm;
import vn.soi.indexer.records.IdentityKey;

/**
 * A discipline (or prosecution) of a person or organisation, from a register row or a discipline decision, with the
 * evidence that states it. The year of {@code decided} is the review year it bears on.
 */
public record DisciplineEvent(IdentityKey key, String name, String unit, String position, DisciplineForm form,
                              LocalDate decided, Evidence evidence, String document, String contentHash) {

    public DisciplineEvent {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(form, () -> "form of " + name);
        Objects.requireNonNull(decided, () -> "date of " + name);
        Objects.requireNonNull(evidence, "evidence");
        position = position == null ? "" : position;
    }

    /** Day, month and year as Vietnamese documents write them. */
    public String decidedText() {
        return String.format("%02d/%02d/%d", decided.getDayOfMonth(), decided.getMonthValue(), decided.getYear());
    }
}

package vn.soi.indexer.records;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/** A discipline register row: who (person or organisation), unit, position, form, decision date and number, violation. */
public record DisciplineRecord(String subject, boolean collective, String unit, String position, DisciplineForm form,
                               LocalDate decided, String number, String violation, int row, Map<String, String> extra)
        implements RegisterRecord {

    public DisciplineRecord {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(decided, "decided");
        position = position == null ? "" : position;
        number = number == null ? "" : number;
        violation = violation == null ? "" : violation;
        extra = Map.copyOf(extra);
    }
}

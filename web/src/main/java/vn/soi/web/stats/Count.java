package vn.soi.web.stats;

import java.util.Objects;

/**
 * One bar of a count chart.
 *
 * @param code a stable code (a signal ID, a unit, a year, a bin), for programs
 * @param label what to show (Vietnamese)
 * @param count how many
 */
public record Count(String code, String label, int count) {
    /** Validates the fields. */
    public Count {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        if (count < 0) {
            throw new IllegalArgumentException("negative count " + count + " for " + code);
        }
    }
}

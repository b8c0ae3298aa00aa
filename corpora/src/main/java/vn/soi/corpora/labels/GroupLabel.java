package vn.soi.corpora.labels;

import java.util.List;
import java.util.Objects;

/**
 * One entry of {@code pairs} (unit is null) or {@code units} in {@code labels.json}.
 *
 * @param signal the signal ID
 * @param unit   the unit, for unit entries; null for pairs
 * @param year   the year, for unit entries; 0 for pairs
 * @param files  the files involved (two for a pair)
 * @param why    one line for the reader (not written to labels.json for pairs, kept for reports)
 */
public record GroupLabel(String signal, String unit, int year, List<String> files, String why) {
    public GroupLabel {
        Objects.requireNonNull(signal, "signal");
        files = List.copyOf(files);
        if (unit == null && files.size() != 2) {
            throw new IllegalArgumentException("a pair of " + signal + " needs two files, got " + files);
        }
    }

    /** True for a pair entry. */
    public boolean isPair() {
        return unit == null;
    }
}

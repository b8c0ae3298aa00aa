package vn.soi.web.findings;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.soi.analyzer.finding.SignalId;

/**
 * One page of the findings that pass a filter, sorted by score (highest first), with the counts the dashboard shows.
 *
 * @param filter the filter applied
 * @param page the findings of the requested page
 * @param total how many findings pass the filter
 * @param pages how many pages there are (at least 1)
 * @param countsBySignal per signal, how many findings pass every filter but the signal's (catalogue order; signals
 *     without findings left out)
 * @param units every unit named by a stored finding, sorted (for the unit filter)
 * @param years every review year of a stored finding, newest first (for the year filter)
 */
public record FindingSelection(FindingFilter filter, List<ReviewedFinding> page, int total, int pages,
        Map<SignalId, Integer> countsBySignal, List<String> units, List<Integer> years) {
    /** Validates and copies the fields. */
    public FindingSelection {
        Objects.requireNonNull(filter, "filter");
        page = List.copyOf(page);
        EnumMap<SignalId, Integer> ordered = new EnumMap<>(SignalId.class);
        ordered.putAll(countsBySignal);
        countsBySignal = Collections.unmodifiableMap(ordered);
        units = List.copyOf(units);
        years = List.copyOf(years);
        if (total < 0 || pages < 1) {
            throw new IllegalArgumentException("bad totals: " + total + " findings on " + pages + " pages");
        }
    }
}

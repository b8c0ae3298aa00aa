package vn.soi.web.stats;

import java.util.List;

/**
 * The statistics page's numbers, also the answer of {@code GET /api/stats}.
 *
 * @param registerRatings ratings of persons in rating registers, by unit and year, against the quota
 * @param selfRatings the levels persons proposed for themselves in individual reports, by unit and year
 * @param findingsBySignal findings per signal (catalogue order, signals without findings left out)
 * @param findingsByUnit findings per unit of their subject (most first)
 * @param findingsByYear findings per review year (oldest first)
 * @param boilerplate the distribution of the boilerplate share
 * @param stickiness the distribution of year-over-year stickiness
 */
public record CorpusStatistics(List<RatingRow> registerRatings, List<RatingRow> selfRatings,
        List<Count> findingsBySignal, List<Count> findingsByUnit, List<Count> findingsByYear, Distribution boilerplate,
        Distribution stickiness) {
    /** Copies the lists. */
    public CorpusStatistics {
        registerRatings = List.copyOf(registerRatings);
        selfRatings = List.copyOf(selfRatings);
        findingsBySignal = List.copyOf(findingsBySignal);
        findingsByUnit = List.copyOf(findingsByUnit);
        findingsByYear = List.copyOf(findingsByYear);
    }
}

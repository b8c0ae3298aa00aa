package vn.soi.web.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import vn.soi.analyzer.finding.Finding;

/**
 * How the values of one measure in [0,1] spread over the findings that carry it, in {@value #BINS} bins of 10%.
 * A finding carries the measure when one of its measures' names contains the keyword (case-insensitive) and its value
 * is a number in [0,1]; the first such measure, by name, counts.
 *
 * @param keyword the measure's keyword, e.g. {@code boilerplate}
 * @param values how many findings carry it
 * @param bins the counts per bin, from [0%, 10%) to [90%, 100%]
 */
public record Distribution(String keyword, int values, List<Count> bins) {
    /** Number of bins. */
    public static final int BINS = 10;

    /** Validates and copies the fields. */
    public Distribution {
        Objects.requireNonNull(keyword, "keyword");
        bins = List.copyOf(bins);
    }

    /**
     * @param keyword the measure's keyword
     * @param findings the findings
     * @return the distribution of that measure
     */
    public static Distribution of(String keyword, List<Finding> findings) {
        String folded = keyword.toLowerCase(Locale.ROOT);
        int[] counts = new int[BINS];
        int values = 0;
        for (Finding finding : findings) {
            Double value = finding.measures().entrySet().stream()
                    .filter(e -> e.getKey().toLowerCase(Locale.ROOT).contains(folded))
                    .sorted(Map.Entry.comparingByKey())
                    .map(Map.Entry::getValue)
                    .filter(v -> v instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= 1)
                    .map(v -> ((Number) v).doubleValue())
                    .findFirst().orElse(null);
            if (value != null) {
                counts[Math.min(BINS - 1, (int) (value * BINS))]++;
                values++;
            }
        }
        List<Count> bins = new ArrayList<>();
        for (int bin = 0; bin < BINS; bin++) {
            int from = bin * 100 / BINS;
            int to = (bin + 1) * 100 / BINS;
            bins.add(new Count(from + "-" + to, from + "–" + to + "%", counts[bin]));
        }
        return new Distribution(keyword, values, bins);
    }
}

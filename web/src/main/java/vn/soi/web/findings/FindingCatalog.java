package vn.soi.web.findings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.FindingsStore;
import vn.soi.analyzer.finding.SignalId;
import vn.soi.web.review.ReviewDecision;
import vn.soi.web.review.ReviewService;

/**
 * The findings of the last analysis joined with their review decisions: selection for the dashboard, the exports and
 * the API, and lookup by key. Reads the store at every call, so a new analysis shows at once.
 */
public final class FindingCatalog {
    /** Findings per dashboard page. */
    public static final int PAGE_SIZE = 50;
    /** Highest score first; ties by signal, then key, so that the order is stable. */
    private static final Comparator<ReviewedFinding> ORDER = Comparator
            .comparingDouble((ReviewedFinding r) -> r.finding().score()).reversed()
            .thenComparing(r -> r.finding().signal())
            .thenComparing(r -> r.finding().key());

    private final FindingsStore store;
    private final ReviewService reviews;

    /**
     * @param store the stored findings
     * @param reviews the review decisions
     */
    public FindingCatalog(FindingsStore store, ReviewService reviews) {
        this.store = Objects.requireNonNull(store, "store");
        this.reviews = Objects.requireNonNull(reviews, "reviews");
    }

    /**
     * @return every stored finding, in the order of the store
     * @throws IOException when the findings file cannot be read
     */
    public List<Finding> all() throws IOException {
        return store.load();
    }

    /**
     * @param key a finding's key
     * @return the stored finding with that key, if any
     * @throws IOException when the findings file cannot be read
     */
    public Optional<Finding> find(String key) throws IOException {
        Objects.requireNonNull(key, "key");
        return store.load().stream().filter(finding -> finding.key().equals(key)).findFirst();
    }

    /**
     * @param filter the filters and the page
     * @return every finding passing the filter, sorted by score (no pagination: for exports)
     * @throws IOException when the findings file cannot be read
     */
    public List<ReviewedFinding> matching(FindingFilter filter) throws IOException {
        Map<String, ReviewDecision> latest = reviews.latestDecisions();
        return store.load().stream()
                .map(finding -> new ReviewedFinding(finding, latest.get(finding.key())))
                .filter(reviewed -> filter.matches(reviewed.finding(), reviewed.status()))
                .sorted(ORDER)
                .toList();
    }

    /**
     * @param filter the filters and the page
     * @return the requested page of the findings passing the filter, with counts
     * @throws IOException when the findings file cannot be read
     */
    public FindingSelection select(FindingFilter filter) throws IOException {
        Objects.requireNonNull(filter, "filter");
        Map<String, ReviewDecision> latest = reviews.latestDecisions();
        List<ReviewedFinding> passing = new ArrayList<>();
        Map<SignalId, Integer> counts = new EnumMap<>(SignalId.class);
        TreeSet<String> units = new TreeSet<>();
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        for (Finding finding : store.load()) {
            ReviewedFinding reviewed = new ReviewedFinding(finding, latest.get(finding.key()));
            if (!finding.subject().unit().isEmpty()) {
                units.add(finding.subject().unit());
            }
            if (finding.subject().year() != null) {
                years.add(finding.subject().year());
            }
            if (filter.matchesExceptSignal(finding, reviewed.status())) {
                counts.merge(finding.signal(), 1, Integer::sum);
                if (filter.signal() == null || filter.signal() == finding.signal()) {
                    passing.add(reviewed);
                }
            }
        }
        passing.sort(ORDER);
        int pages = Math.max(1, (passing.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int from = Math.min(passing.size(), (filter.page() - 1) * PAGE_SIZE);
        int to = Math.min(passing.size(), from + PAGE_SIZE);
        return new FindingSelection(filter, passing.subList(from, to), passing.size(), pages, counts,
                List.copyOf(units), List.copyOf(years));
    }
}

package vn.soi.indexer.index;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to a {@link SearchRequest}: the total number of matching documents ({@code totalExact} is false when
 * there are more than {@link SearchService#TOTAL_HITS_EXACT_BOUND} and {@code total} is a lower bound), the requested
 * page of hits, and the facet counts per dimension, largest first (empty when facets were not requested).
 */
public record SearchResult(long total, boolean totalExact, List<SearchHit> hits,
                           Map<FacetDimension, List<FacetCount>> facets) {

    public SearchResult {
        if (total < 0) {
            throw new IllegalArgumentException("negative total " + total);
        }
        hits = List.copyOf(hits);
        Map<FacetDimension, List<FacetCount>> copy = new EnumMap<>(FacetDimension.class);
        Objects.requireNonNull(facets, "facets").forEach((dim, counts) -> copy.put(dim, List.copyOf(counts)));
        facets = Map.copyOf(copy);
    }

    /** The counts of one dimension (empty when not counted). */
    public List<FacetCount> facet(FacetDimension dimension) {
        return facets.getOrDefault(dimension, List.of());
    }
}

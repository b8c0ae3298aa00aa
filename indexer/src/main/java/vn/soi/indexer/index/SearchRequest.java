package vn.soi.indexer.index;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One search: a query in the Lucene classic syntax (blank means every document), facet filters, order, the page
 * ({@code offset} hits skipped, then at most {@code size}), and whether to highlight snippets and count facets.
 * Build one with {@link #of(String)} and the {@code with…} methods.
 *
 * <p>Limits: {@code size} at most {@value #MAX_SIZE}; {@code offset + size} at most {@value #MAX_WINDOW}.
 */
public record SearchRequest(String query, Map<FacetDimension, FacetFilter> filters, SearchSort sort, int offset,
                            int size, boolean highlight, boolean facets) {

    /** Default page size. */
    public static final int DEFAULT_SIZE = 10;
    /** Largest page. */
    public static final int MAX_SIZE = 1000;
    /** Deepest hit a page may reach. */
    public static final int MAX_WINDOW = 10_000;

    public SearchRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(sort, "sort");
        Map<FacetDimension, FacetFilter> copy = new EnumMap<>(FacetDimension.class);
        Objects.requireNonNull(filters, "filters").forEach((dim, filter) -> {
            if (!filter.isEmpty()) {
                copy.put(Objects.requireNonNull(dim, "dimension"), filter);
            }
        });
        filters = Map.copyOf(copy);
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be in [1, " + MAX_SIZE + "]: " + size);
        }
        if ((long) offset + size > MAX_WINDOW) {
            throw new IllegalArgumentException(
                    "offset + size must be at most " + MAX_WINDOW + ": " + offset + " + " + size);
        }
    }

    /** The query with defaults: no filters, by relevance, first {@value #DEFAULT_SIZE} hits, highlighted, facets. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), SearchSort.RELEVANCE, 0, DEFAULT_SIZE, true, true);
    }

    /** The filter on a dimension (empty when there is none). */
    public FacetFilter filter(FacetDimension dimension) {
        return filters.getOrDefault(dimension, FacetFilter.none());
    }

    /** This request, keeping only documents with one of these values of the dimension (added to earlier ones). */
    public SearchRequest including(FacetDimension dimension, String... values) {
        FacetFilter old = filter(dimension);
        return withFilter(dimension, new FacetFilter(union(old.include(), values), old.exclude()));
    }

    /** This request, dropping documents with any of these values of the dimension (added to earlier ones). */
    public SearchRequest excluding(FacetDimension dimension, String... values) {
        FacetFilter old = filter(dimension);
        return withFilter(dimension, new FacetFilter(old.include(), union(old.exclude(), values)));
    }

    /** This request with the dimension's filter replaced. */
    public SearchRequest withFilter(FacetDimension dimension, FacetFilter filter) {
        Map<FacetDimension, FacetFilter> changed = new EnumMap<>(FacetDimension.class);
        changed.putAll(filters);
        changed.put(dimension, filter);
        return new SearchRequest(query, changed, sort, offset, size, highlight, facets);
    }

    /** This request in another order. */
    public SearchRequest withSort(SearchSort newSort) {
        return new SearchRequest(query, filters, newSort, offset, size, highlight, facets);
    }

    /** This request for another page. */
    public SearchRequest withPage(int newOffset, int newSize) {
        return new SearchRequest(query, filters, sort, newOffset, newSize, highlight, facets);
    }

    /** This request with highlighting on or off. */
    public SearchRequest withHighlight(boolean on) {
        return new SearchRequest(query, filters, sort, offset, size, on, facets);
    }

    /** This request with facet counting on or off. */
    public SearchRequest withFacets(boolean on) {
        return new SearchRequest(query, filters, sort, offset, size, highlight, on);
    }

    private static Set<String> union(Set<String> old, String... values) {
        Set<String> union = new LinkedHashSet<>(old);
        union.addAll(Arrays.asList(values));
        return union;
    }
}

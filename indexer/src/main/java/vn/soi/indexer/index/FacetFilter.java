package vn.soi.indexer.index;

import java.util.Objects;
import java.util.Set;

/**
 * A filter on one facet dimension: a document must carry at least one of the {@code include} values (when there are
 * any) and none of the {@code exclude} values.
 */
public record FacetFilter(Set<String> include, Set<String> exclude) {

    public FacetFilter {
        include = Set.copyOf(Objects.requireNonNull(include, "include"));
        exclude = Set.copyOf(Objects.requireNonNull(exclude, "exclude"));
        for (String value : include) {
            if (value.isBlank()) {
                throw new IllegalArgumentException("blank facet value in include " + include);
            }
            if (exclude.contains(value)) {
                throw new IllegalArgumentException("facet value both included and excluded: " + value);
            }
        }
        for (String value : exclude) {
            if (value.isBlank()) {
                throw new IllegalArgumentException("blank facet value in exclude " + exclude);
            }
        }
    }

    /** A filter with no values. */
    public static FacetFilter none() {
        return new FacetFilter(Set.of(), Set.of());
    }

    /** True when the filter has no values. */
    public boolean isEmpty() {
        return include.isEmpty() && exclude.isEmpty();
    }
}

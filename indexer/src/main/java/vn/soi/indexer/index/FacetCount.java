package vn.soi.indexer.index;

import java.util.Objects;

/** A facet value and the number of matching documents that carry it. */
public record FacetCount(String value, int count) {

    public FacetCount {
        Objects.requireNonNull(value, "value");
        if (count < 0) {
            throw new IllegalArgumentException("negative count " + count + " for " + value);
        }
    }
}

package vn.soi.indexer.index;

import java.util.Arrays;
import java.util.Optional;

/**
 * The facet dimensions of the index: what a search can count, filter by and exclude. Values are the exact strings
 * indexed: the {@code DocumentType} name, the unit and the person as written (canonical form), the year as digits,
 * the {@code Rating} name. A new dimension (later: signal, review status) is a new constant here plus its values in
 * {@code LuceneDocuments}; requests, counting and filtering need no change.
 */
public enum FacetDimension {
    /** Document type ({@code DocumentType} name); one per document. */
    TYPE("type", false),
    /** Units named in the header or in register rows. */
    UNIT("unit", true),
    /** Review years. */
    YEAR("year", true),
    /** Ratings: self-rating, decided rating, register ratings ({@code Rating} names). */
    RATING("rating", true),
    /** People named in the header or in register rows. */
    PERSON("person", true);

    private final String dim;
    private final boolean multiValued;

    FacetDimension(String dim, boolean multiValued) {
        this.dim = dim;
        this.multiValued = multiValued;
    }

    /** The dimension's name in the facet index (and in the JSON API). */
    public String dim() {
        return dim;
    }

    /** True when a document may carry several values. */
    public boolean multiValued() {
        return multiValued;
    }

    /** The dimension of a name, ignoring case. */
    public static Optional<FacetDimension> of(String name) {
        return Arrays.stream(values()).filter(d -> d.dim.equalsIgnoreCase(name)).findFirst();
    }
}

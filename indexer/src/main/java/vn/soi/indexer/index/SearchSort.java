package vn.soi.indexer.index;

/** How hits are ordered. */
public enum SearchSort {
    /** Best match first. */
    RELEVANCE,
    /** Newest document date first; documents without a date last; ties by relevance. */
    DATE
}

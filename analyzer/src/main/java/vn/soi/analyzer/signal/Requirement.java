package vn.soi.analyzer.signal;

/** What a signal needs the ingested documents to provide. */
public enum Requirement {
    /** Reports with their parts found ({@code Section}s). */
    REPORT_SECTIONS,
    /** Header fields: person, unit, positions, year, self-rating. */
    REPORT_FIELDS,
    /** Minutes with their opinions, dates and votes. */
    MINUTES,
    /** Discipline registers and decisions. */
    DISCIPLINE_RECORDS,
    /** Rating results registers. */
    RATING_RECORDS,
    /** Statistics over a cohort of documents (the same kind of unit in the same year). */
    CORPUS_STATISTICS
}

package vn.soi.analyzer.finding;

/** The signal IDs of the catalogue ({@code signals.md}), grouped by family. */
public enum SignalId {
    PRAISE_HEAVY(Family.CONTENT),
    VAGUE_SELF_CRITICISM(Family.CONTENT),
    BLAME_EXTERNAL(Family.CONTENT),
    LEADER_ACCOUNTABILITY_MISSING(Family.CONTENT),
    NO_CONCRETE_RESULTS(Family.CONTENT),
    REMEDIATION_MISSING(Family.CONTENT),
    DEGENERATION_SELF_CHECK_MISSING(Family.CONTENT),
    COPIED_REPORT(Family.CORPUS),
    YEAR_OVER_YEAR_COPY(Family.CORPUS),
    BOILERPLATE(Family.CORPUS),
    RATING_DISCIPLINE_CONFLICT(Family.RECORDS),
    COLLECTIVE_RATING_DISCIPLINE_CONFLICT(Family.RECORDS),
    LEADER_ABOVE_COLLECTIVE(Family.RECORDS),
    EXCELLENT_QUOTA_EXCEEDED(Family.RECORDS),
    MINUTES_NO_CRITICISM(Family.RECORDS),
    LATE_DISTRIBUTION(Family.RECORDS),
    SELF_SCORE_INCONSISTENT(Family.RECORDS),
    STATISTICS_INCONSISTENT(Family.RECORDS);

    /** Where a signal looks: one report's content, several documents, or reports, minutes and registers together. */
    public enum Family { CONTENT, CORPUS, RECORDS }

    private final Family family;

    SignalId(Family family) {
        this.family = family;
    }

    public Family family() {
        return family;
    }
}

package vn.soi.corpora;

/**
 * The formalism signals of {@code signals.md} that the generator can inject, with the kind of label each one gets in
 * {@code labels.json}: a file label, a pair of files, or a unit and year.
 */
public enum FormalismSignal {
    PRAISE_HEAVY(LabelKind.FILE, 0.05),
    VAGUE_SELF_CRITICISM(LabelKind.FILE, 0.06),
    BLAME_EXTERNAL(LabelKind.FILE, 0.05),
    LEADER_ACCOUNTABILITY_MISSING(LabelKind.FILE, 0.15),
    NO_CONCRETE_RESULTS(LabelKind.FILE, 0.05),
    REMEDIATION_MISSING(LabelKind.FILE, 0.05),
    DEGENERATION_SELF_CHECK_MISSING(LabelKind.FILE, 0.04),
    COPIED_REPORT(LabelKind.PAIR, 0.03),
    YEAR_OVER_YEAR_COPY(LabelKind.PAIR, 0.03),
    BOILERPLATE(LabelKind.FILE, 0.03),
    RATING_DISCIPLINE_CONFLICT(LabelKind.FILE, 0.06),
    COLLECTIVE_RATING_DISCIPLINE_CONFLICT(LabelKind.UNIT, 0.06),
    LEADER_ABOVE_COLLECTIVE(LabelKind.UNIT, 0.08),
    EXCELLENT_QUOTA_EXCEEDED(LabelKind.UNIT, 0.1),
    MINUTES_NO_CRITICISM(LabelKind.FILE, 0.15),
    LATE_DISTRIBUTION(LabelKind.FILE, 0.12),
    SELF_SCORE_INCONSISTENT(LabelKind.FILE, 0.08),
    STATISTICS_INCONSISTENT(LabelKind.FILE, 0.12);

    /** How a signal is labelled in {@code labels.json}. */
    public enum LabelKind { FILE, PAIR, UNIT }

    private final LabelKind labelKind;
    private final double defaultRate;

    FormalismSignal(LabelKind labelKind, double defaultRate) {
        this.labelKind = labelKind;
        this.defaultRate = defaultRate;
    }

    /** Where this signal's labels go: {@code files}, {@code pairs} or {@code units}. */
    public LabelKind labelKind() {
        return labelKind;
    }

    /**
     * The default injection rate: the probability per eligible unit (report, minutes, unit and year) that the pattern is
     * injected.
     */
    public double defaultRate() {
        return defaultRate;
    }

    /** True for the signals about one report's content (they are forbidden on honest reports). */
    public boolean isContent() {
        return ordinal() <= DEGENERATION_SELF_CHECK_MISSING.ordinal() || this == BOILERPLATE;
    }
}

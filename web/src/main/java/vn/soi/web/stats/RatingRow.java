package vn.soi.web.stats;

import java.util.Objects;

/**
 * How many people of one unit were rated at each level in one year, and the quota for the highest level: at most
 * {@value #QUOTA_SHARE_PERCENT}% of the number rated "Hoàn thành tốt nhiệm vụ" (HTTNV) may be rated "Hoàn thành xuất sắc
 * nhiệm vụ" (HTXSNV), the base of the rules in force (see {@code domain.md}; some units may be allowed 25% from 2025).
 *
 * @param unit the unit as written
 * @param year the review year, or null when the document does not say
 * @param excellent rated HTXSNV
 * @param good rated HTTNV
 * @param completed rated HTNV
 * @param notCompleted rated KHTNV
 * @param total all rated
 * @param quota the most HTXSNV allowed: 20% of HTTNV
 * @param excellentShareOfGood HTXSNV as a share of HTTNV (0 to any), or null when nobody is rated HTTNV
 * @param exceeded whether HTXSNV is above the quota
 */
public record RatingRow(String unit, Integer year, int excellent, int good, int completed, int notCompleted,
        int total, double quota, Double excellentShareOfGood, boolean exceeded) {
    /** The quota of HTXSNV, in percent of HTTNV. */
    public static final int QUOTA_SHARE_PERCENT = 20;

    /** Validates the fields. */
    public RatingRow {
        Objects.requireNonNull(unit, "unit");
        if (excellent < 0 || good < 0 || completed < 0 || notCompleted < 0
                || total != excellent + good + completed + notCompleted) {
            throw new IllegalArgumentException("bad rating counts for " + unit + " " + year);
        }
    }

    /**
     * @param unit the unit
     * @param year the year, or null
     * @param counts the counts per level in the order HTXSNV, HTTNV, HTNV, KHTNV
     * @return the row with its quota computed
     */
    public static RatingRow of(String unit, Integer year, int[] counts) {
        int excellent = counts[0];
        int good = counts[1];
        double quota = good * QUOTA_SHARE_PERCENT / 100.0;
        return new RatingRow(unit, year, excellent, good, counts[2], counts[3],
                excellent + good + counts[2] + counts[3], quota, good == 0 ? null : (double) excellent / good,
                excellent > quota);
    }

    /** @return the share of HTXSNV in HTTNV as Vietnamese percent text, e.g. {@code 25,0%}, or {@code —} */
    public String shareText() {
        return excellentShareOfGood == null ? "—"
                : String.format(java.util.Locale.ROOT, "%.1f%%", excellentShareOfGood * 100).replace('.', ',');
    }

    /** @return the quota as text, e.g. {@code 2,4} */
    public String quotaText() {
        return String.format(java.util.Locale.ROOT, "%.1f", quota).replace('.', ',');
    }
}

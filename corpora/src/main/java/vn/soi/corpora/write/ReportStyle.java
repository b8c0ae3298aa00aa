package vn.soi.corpora.write;

import java.util.SplittableRandom;

/**
 * How one writer lays out a report: heading style, length (1 terse to 3 long), whether part I is split into items,
 * where the self-check of the 27 expressions goes, and whether remediation and explanation are swapped.
 */
public record ReportStyle(HeadingStyle headings, int length, boolean splitPartOne, boolean selfCheckSeparate,
                          boolean swapRemediation, boolean causesHeading) {

    /** A random style; reports of 2022 and earlier always split part I into five items, as that form did. */
    public static ReportStyle random(SplittableRandom rng, int year) {
        double l = rng.nextDouble();
        return new ReportStyle(HeadingStyle.random(rng), l < 0.25 ? 1 : l < 0.75 ? 2 : 3,
                year <= 2022 || rng.nextBoolean(), rng.nextDouble() < 0.6, rng.nextDouble() < 0.25,
                rng.nextBoolean());
    }
}

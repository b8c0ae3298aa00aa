package vn.soi.web.findings;

import java.util.Objects;
import vn.soi.analyzer.finding.Finding;
import vn.soi.web.review.ReviewDecision;
import vn.soi.web.review.ReviewStatus;

/**
 * A finding with where its review stands.
 *
 * @param finding the finding
 * @param latest the latest review decision on it, or null when never decided
 */
public record ReviewedFinding(Finding finding, ReviewDecision latest) {
    /** Validates the fields. */
    public ReviewedFinding {
        Objects.requireNonNull(finding, "finding");
    }

    /** @return the current status: the latest decision's, or {@link ReviewStatus#OPEN} when never decided */
    public ReviewStatus status() {
        return latest == null ? ReviewStatus.OPEN : latest.status();
    }

    /** @return the finding's Vietnamese signal name */
    public String signalLabel() {
        return SignalLabels.of(finding.signal());
    }

    /** @return the finding's Vietnamese severity name */
    public String severityLabel() {
        return SignalLabels.of(finding.severity());
    }

    /** @return the score with two decimals, e.g. {@code 0,93} */
    public String scoreText() {
        return String.format(java.util.Locale.ROOT, "%.2f", finding.score()).replace('.', ',');
    }
}

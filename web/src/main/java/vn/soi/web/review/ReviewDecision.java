package vn.soi.web.review;

import java.time.Instant;
import java.util.Objects;

/**
 * One recorded decision on a finding.
 *
 * @param id database id, increasing with time
 * @param findingKey the finding's stable key
 * @param status the status decided
 * @param note the reviewer's note (may be empty)
 * @param decidedBy the account name of the reviewer
 * @param decidedAt when it was recorded
 */
public record ReviewDecision(long id, String findingKey, ReviewStatus status, String note, String decidedBy,
        Instant decidedAt) {
    /** Validates the fields. */
    public ReviewDecision {
        if (id <= 0) {
            throw new IllegalArgumentException("review decision id must be positive, got " + id);
        }
        Objects.requireNonNull(findingKey, "findingKey");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }
}

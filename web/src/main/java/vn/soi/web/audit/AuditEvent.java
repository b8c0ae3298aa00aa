package vn.soi.web.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit log.
 *
 * @param id database id, increasing with time
 * @param at when it happened
 * @param actor the signed-in account's name, or null for an anonymous request (such as a failed sign-in)
 * @param action what was done
 * @param target what it was done to (a document, a finding key, an account), or null
 * @param address the client's IP address, or null when not known (e.g. the command line)
 */
public record AuditEvent(long id, Instant at, String actor, AuditAction action, String target, String address) {
    /** Validates the required fields. */
    public AuditEvent {
        if (id <= 0) {
            throw new IllegalArgumentException("audit event id must be positive, got " + id);
        }
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
    }
}

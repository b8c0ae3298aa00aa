package vn.soi.web.account;

import java.time.Instant;
import java.util.Objects;

/**
 * An account as stored (never its password hash).
 *
 * @param id database id
 * @param name the sign-in name, NFC
 * @param role what the account may do
 * @param createdAt when it was created
 */
public record Account(long id, String name, Role role, Instant createdAt) {
    /** Validates the fields. */
    public Account {
        if (id <= 0) {
            throw new IllegalArgumentException("account id must be positive, got " + id);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}

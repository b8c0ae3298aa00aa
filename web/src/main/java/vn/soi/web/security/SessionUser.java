package vn.soi.web.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import vn.soi.web.account.Role;

/**
 * The account signed in on a session.
 *
 * @param name the account name
 * @param role the account's role
 * @param signedInAt when the session signed in (sessions end {@link Sessions#MAX_SESSION_AGE} later)
 */
public record SessionUser(String name, Role role, Instant signedInAt) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Validates the fields. */
    public SessionUser {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(signedInAt, "signedInAt");
    }
}

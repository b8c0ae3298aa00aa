package vn.soi.web.security;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import vn.soi.web.account.Role;

/**
 * Reads and changes the signed-in account of a request's session. Reading never creates a session; signing in
 * changes the session id (no session fixation); signing out invalidates the session.
 */
public final class Sessions {
    /** A session is signed out after this long without a request. */
    public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);
    /** A session is signed out this long after signing in, however active. */
    public static final Duration MAX_SESSION_AGE = Duration.ofHours(12);
    /** Name of the session cookie. */
    public static final String COOKIE_NAME = "soi_session";
    private static final String USER = "soi.user";

    private final Clock clock;

    /** @param clock the clock that measures a session's age */
    public Sessions(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param ctx the request
     * @return the signed-in account, unless there is none or the session is older than {@link #MAX_SESSION_AGE}
     *     (then the session is ended)
     */
    public Optional<SessionUser> user(Context ctx) {
        HttpSession session = ctx.req().getSession(false);
        if (session == null || !(session.getAttribute(USER) instanceof SessionUser user)) {
            return Optional.empty();
        }
        if (user.signedInAt().plus(MAX_SESSION_AGE).isBefore(clock.instant())) {
            session.invalidate();
            return Optional.empty();
        }
        return Optional.of(user);
    }

    /**
     * Signs a session in: gives it a new id, then stores the account.
     *
     * @param ctx the request
     * @param name the account name
     * @param role the account's role
     * @return the signed-in account
     */
    public SessionUser signIn(Context ctx, String name, Role role) {
        ctx.req().getSession(true);
        ctx.req().changeSessionId();
        SessionUser user = new SessionUser(name, role, clock.instant());
        ctx.req().getSession().setAttribute(USER, user);
        return user;
    }

    /**
     * Ends the request's session, if any.
     *
     * @param ctx the request
     */
    public void signOut(Context ctx) {
        HttpSession session = ctx.req().getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}

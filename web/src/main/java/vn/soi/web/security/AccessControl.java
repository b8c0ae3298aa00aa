package vn.soi.web.security;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.security.RouteRole;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one gate every matched route passes: checks the roles the route declares against the session's account, then
 * the CSRF token of state-changing requests. Anonymous visitors of a page are sent to the sign-in page (and back
 * afterwards); anonymous API calls get 401; a signed-in account without the role gets 403. A route that declares no
 * role is refused to everybody, so a forgotten declaration fails closed.
 */
public final class AccessControl {
    /** Where anonymous visitors are sent. */
    public static final String SIGN_IN_PATH = "/sign-in";

    private final Sessions sessions;
    private final Csrf csrf;

    /**
     * @param sessions reads the session's account
     * @param csrf checks CSRF tokens
     */
    public AccessControl(Sessions sessions, Csrf csrf) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.csrf = Objects.requireNonNull(csrf, "csrf");
    }

    /**
     * A {@code beforeMatched} handler.
     *
     * @param ctx the request
     * @throws UnauthorizedResponse for an anonymous API call
     * @throws ForbiddenResponse for a missing role or a bad CSRF token
     */
    public void check(Context ctx) {
        Set<RouteRole> allowed = ctx.routeRoles();
        if (!allowed.contains(Access.PUBLIC)) {
            Optional<SessionUser> user = sessions.user(ctx);
            if (user.isEmpty()) {
                refuseAnonymous(ctx);
                return;
            }
            if (!allowed.contains(user.get().role())) {
                throw new ForbiddenResponse("Tài khoản của bạn không có quyền dùng chức năng này.");
            }
        }
        csrf.verify(ctx);
    }

    private static void refuseAnonymous(Context ctx) {
        if (isApi(ctx)) {
            throw new UnauthorizedResponse("Bạn cần đăng nhập.");
        }
        String target = ctx.path();
        if (ctx.method() == HandlerType.GET && ctx.queryString() != null) {
            target += "?" + ctx.queryString();
        }
        ctx.redirect(SIGN_IN_PATH + "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
        ctx.skipRemainingHandlers();
    }

    /**
     * @param ctx the request
     * @return whether the request is for the JSON API (answered in JSON, never redirected)
     */
    public static boolean isApi(Context ctx) {
        return ctx.path().equals("/api") || ctx.path().startsWith("/api/");
    }
}

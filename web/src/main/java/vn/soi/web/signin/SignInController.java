package vn.soi.web.signin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.soi.web.account.Account;
import vn.soi.web.account.UserService;
import vn.soi.web.audit.AuditAction;
import vn.soi.web.audit.AuditLog;
import vn.soi.web.page.PageRenderer;
import vn.soi.web.security.Csrf;
import vn.soi.web.security.SignInThrottle;
import vn.soi.web.security.Sessions;

/** The sign-in page ({@code GET/POST /sign-in}) and signing out ({@code POST /sign-out}). */
public final class SignInController {
    private static final int MAX_NAME_LENGTH = 200;
    private static final int MAX_NEXT_LENGTH = 2_000;

    private final UserService users;
    private final AuditLog audit;
    private final SignInThrottle throttle;
    private final Sessions sessions;
    private final Csrf csrf;
    private final PageRenderer pages;

    /**
     * @param users checks passwords
     * @param audit records sign-ins
     * @param throttle limits failed sign-ins
     * @param sessions signs sessions in and out
     * @param csrf rotates the CSRF token at sign-in
     * @param pages renders the page
     */
    public SignInController(UserService users, AuditLog audit, SignInThrottle throttle, Sessions sessions, Csrf csrf,
            PageRenderer pages) {
        this.users = Objects.requireNonNull(users, "users");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.throttle = Objects.requireNonNull(throttle, "throttle");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.csrf = Objects.requireNonNull(csrf, "csrf");
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    /**
     * {@code GET /sign-in?next=PATH}: the form, or straight to the home page when already signed in.
     *
     * @param ctx the request
     */
    public void form(Context ctx) {
        if (sessions.user(ctx).isPresent()) {
            ctx.redirect(safeNext(ctx.queryParam("next")), HttpStatus.SEE_OTHER);
            return;
        }
        show(ctx, "", safeNext(ctx.queryParam("next")), null);
    }

    /**
     * {@code POST /sign-in} (form fields {@code name}, {@code password}, {@code next}).
     *
     * @param ctx the request
     */
    public void submit(Context ctx) {
        String name = Objects.requireNonNullElse(ctx.formParam("name"), "").strip();
        String next = safeNext(ctx.formParam("next"));
        String address = ctx.ip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            ctx.status(HttpStatus.BAD_REQUEST);
            show(ctx, "", next, "Vui lòng nhập tên đăng nhập.");
            return;
        }
        Optional<Duration> blocked = throttle.blockedFor(name, address);
        if (blocked.isPresent()) {
            audit.record(null, AuditAction.SIGN_IN_THROTTLED, name, address);
            ctx.status(HttpStatus.TOO_MANY_REQUESTS);
            ctx.header("Retry-After", String.valueOf(Math.max(1, blocked.get().toSeconds())));
            show(ctx, name, next, "Đã có quá nhiều lần đăng nhập không thành công. Vui lòng thử lại sau "
                    + minutes(blocked.get()) + " phút.");
            return;
        }
        char[] password = Objects.requireNonNullElse(ctx.formParam("password"), "").toCharArray();
        Optional<Account> account;
        try {
            account = users.authenticate(name, password);
        } finally {
            Arrays.fill(password, '\0');
        }
        if (account.isEmpty()) {
            throttle.failed(name, address);
            audit.record(null, AuditAction.SIGN_IN_FAILED, name, address);
            ctx.status(HttpStatus.UNAUTHORIZED);
            show(ctx, name, next, "Tên đăng nhập hoặc mật khẩu không đúng.");
            return;
        }
        throttle.succeeded(name);
        sessions.signIn(ctx, account.get().name(), account.get().role());
        csrf.rotate(ctx);
        audit.record(account.get().name(), AuditAction.SIGN_IN, null, address);
        ctx.redirect(next, HttpStatus.SEE_OTHER);
    }

    /**
     * {@code POST /sign-out}: ends the session and returns to the sign-in page.
     *
     * @param ctx the request
     */
    public void signOut(Context ctx) {
        sessions.user(ctx).ifPresent(user -> audit.record(user.name(), AuditAction.SIGN_OUT, null, ctx.ip()));
        sessions.signOut(ctx);
        ctx.redirect("/sign-in", HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, String name, String next, String error) {
        pages.render(ctx, "signin.jte", "Đăng nhập", Map.of("name", name, "next", next, "error",
                Objects.requireNonNullElse(error, "")));
    }

    /** Only a path on this site: never another host ("//evil", "https://…", "/\evil"), so no open redirect. */
    static String safeNext(String next) {
        if (next == null || next.isEmpty() || next.length() > MAX_NEXT_LENGTH || !next.startsWith("/")
                || next.startsWith("//") || next.contains("\\") || next.chars().anyMatch(Character::isISOControl)
                || next.startsWith("/sign-")) {
            return "/";
        }
        return next;
    }

    private static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}

package vn.soi.web.admin;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.soi.web.account.Account;
import vn.soi.web.account.AccountRejectedException;
import vn.soi.web.account.Role;
import vn.soi.web.account.UserService;
import vn.soi.web.audit.AuditAction;
import vn.soi.web.audit.AuditEvent;
import vn.soi.web.audit.AuditLog;
import vn.soi.web.page.PageRenderer;
import vn.soi.web.security.SessionUser;
import vn.soi.web.security.Sessions;

/** {@code GET /admin} (accounts), {@code POST /admin/accounts} (create one), {@code GET /admin/audit} (audit log). */
public final class AdminController {
    /** Audit events per page. */
    public static final int AUDIT_PAGE_SIZE = 100;
    private static final String FLASH = "soi.flash";

    private final UserService users;
    private final AuditLog audit;
    private final Sessions sessions;
    private final PageRenderer pages;

    /**
     * @param users accounts
     * @param audit the audit log
     * @param sessions reads the signed-in administrator
     * @param pages renders the pages
     */
    public AdminController(UserService users, AuditLog audit, Sessions sessions, PageRenderer pages) {
        this.users = Objects.requireNonNull(users, "users");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    /**
     * {@code GET /admin}: the accounts and the form to create one.
     *
     * @param ctx the request
     */
    public void accounts(Context ctx) {
        HttpSession session = ctx.req().getSession(false);
        Object flash = session == null ? null : session.getAttribute(FLASH);
        if (session != null) {
            session.removeAttribute(FLASH);
        }
        showAccounts(ctx, "", Role.INSPECTOR, "", flash instanceof String notice ? notice : "");
    }

    /**
     * {@code POST /admin/accounts} (form fields {@code name}, {@code role}, {@code password}, {@code password2}).
     *
     * @param ctx the request
     */
    public void createAccount(Context ctx) {
        SessionUser admin = sessions.user(ctx).orElseThrow();
        String name = Objects.requireNonNullElse(ctx.formParam("name"), "").strip();
        Role role = role(ctx.formParam("role"));
        char[] password = Objects.requireNonNullElse(ctx.formParam("password"), "").toCharArray();
        char[] repeated = Objects.requireNonNullElse(ctx.formParam("password2"), "").toCharArray();
        try {
            if (!Arrays.equals(password, repeated)) {
                ctx.status(HttpStatus.BAD_REQUEST);
                showAccounts(ctx, name, role, "Hai lần nhập mật khẩu không khớp nhau.", "");
                return;
            }
            Account account = users.addUser(name, role, password);
            audit.record(admin.name(), AuditAction.ACCOUNT_CREATED, account.name() + " (" + role.code() + ")", ctx.ip());
            ctx.req().getSession().setAttribute(FLASH, "Đã tạo tài khoản " + account.name() + " với vai trò "
                    + role.label() + ".");
            ctx.redirect("/admin", HttpStatus.SEE_OTHER);
        } catch (AccountRejectedException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            showAccounts(ctx, name, role, e.getMessage(), "");
        } finally {
            Arrays.fill(password, '\0');
            Arrays.fill(repeated, '\0');
        }
    }

    /**
     * {@code GET /admin/audit?before=ID}: the audit log, newest first, {@value #AUDIT_PAGE_SIZE} events a page.
     *
     * @param ctx the request
     */
    public void audit(Context ctx) {
        long before = ctx.queryParamAsClass("before", Long.class)
                .check(value -> value > 0, "before must be positive")
                .getOrDefault(Long.MAX_VALUE);
        List<AuditEvent> events = audit.recent(AUDIT_PAGE_SIZE, before);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("events", events);
        parameters.put("olderThan", events.size() == AUDIT_PAGE_SIZE ? events.get(events.size() - 1).id() : 0L);
        pages.render(ctx, "admin/audit.jte", "Nhật ký truy cập", parameters);
    }

    private void showAccounts(Context ctx, String name, Role role, String error, String notice) {
        pages.render(ctx, "admin/accounts.jte", "Quản trị tài khoản", Map.of("accounts", users.list(), "roles",
                List.of(Role.values()), "name", name, "selectedRole", role, "error", error, "notice", notice));
    }

    private static Role role(String code) {
        try {
            return Role.fromCode(Objects.requireNonNullElse(code, ""));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("Vai trò không hợp lệ.");
        }
    }
}

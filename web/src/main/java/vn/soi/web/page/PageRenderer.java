package vn.soi.web.page;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.soi.web.security.Csrf;
import vn.soi.web.security.SessionUser;
import vn.soi.web.security.Sessions;

/**
 * Renders a JTE template (compiled at build time from {@code src/main/jte}) inside the shared layout. Every
 * template takes the parameter {@code frame} ({@link PageFrame}) besides its own.
 */
public final class PageRenderer {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
    private final Navigation navigation;
    private final Sessions sessions;
    private final Csrf csrf;

    /**
     * @param navigation the sections per role
     * @param sessions reads the signed-in account
     * @param csrf gives the session's token to the page's forms
     */
    public PageRenderer(Navigation navigation, Sessions sessions, Csrf csrf) {
        this.navigation = Objects.requireNonNull(navigation, "navigation");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.csrf = Objects.requireNonNull(csrf, "csrf");
    }

    /**
     * Renders a page as the response (HTML, UTF-8), keeping the response status.
     *
     * @param ctx the request
     * @param template the template path under {@code src/main/jte}, e.g. {@code "home.jte"}
     * @param title the page title
     * @param parameters the template's own parameters
     */
    public void render(Context ctx, String template, String title, Map<String, Object> parameters) {
        SessionUser user = sessions.user(ctx).orElse(null);
        List<NavItem> items = user == null ? List.of() : navigation.itemsFor(user.role(), ctx.path());
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("frame", new PageFrame(title, user, items, csrf.token(ctx)));
        StringOutput output = new StringOutput();
        engine.render(template, all, output);
        ctx.contentType("text/html; charset=utf-8").result(output.toString());
    }
}

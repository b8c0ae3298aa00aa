package vn.soi.web.home;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Objects;
import vn.soi.web.page.Navigation;
import vn.soi.web.page.PageRenderer;
import vn.soi.web.security.SessionUser;
import vn.soi.web.security.Sessions;

/** {@code GET /}: the home page. */
public final class HomeController {
    private final Sessions sessions;
    private final Navigation navigation;
    private final PageRenderer pages;

    /**
     * @param sessions reads the signed-in account
     * @param navigation the sections the account may open
     * @param pages renders the page
     */
    public HomeController(Sessions sessions, Navigation navigation, PageRenderer pages) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.navigation = Objects.requireNonNull(navigation, "navigation");
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    /**
     * Shows the home page (the route is for signed-in users only).
     *
     * @param ctx the request
     */
    public void show(Context ctx) {
        SessionUser user = sessions.user(ctx).orElseThrow();
        pages.render(ctx, "home.jte", "Trang chủ", Map.of("sections", navigation.sectionsFor(user.role())));
    }
}

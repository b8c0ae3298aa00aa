package vn.soi.web.page;

import java.util.List;
import java.util.Objects;
import vn.soi.web.security.SessionUser;

/**
 * What the shared layout needs on every page.
 *
 * @param title the page title (Vietnamese)
 * @param user the signed-in account, or null on the sign-in page and error pages for anonymous visitors
 * @param navigation the navigation links for the user (empty when anonymous)
 * @param csrfToken the session's CSRF token for the forms on the page
 */
public record PageFrame(String title, SessionUser user, List<NavItem> navigation, String csrfToken) {
    /** Validates the fields. */
    public PageFrame {
        Objects.requireNonNull(title, "title");
        navigation = List.copyOf(navigation);
        Objects.requireNonNull(csrfToken, "csrfToken");
    }
}

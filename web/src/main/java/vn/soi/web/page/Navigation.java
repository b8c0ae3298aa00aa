package vn.soi.web.page;

import io.javalin.security.RouteRole;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.soi.web.account.Role;

/**
 * Which sections exist and who may see them, learnt from the page routes as they are registered, so that the
 * navigation never shows a link a user cannot follow.
 */
public final class Navigation {
    private final Map<Section, Set<RouteRole>> sections = new EnumMap<>(Section.class);

    /**
     * Notes a page route; if its path is a section's, the section becomes visible to the route's roles.
     *
     * @param path the route path
     * @param roles the roles the route allows
     */
    public void pageRegistered(String path, Set<RouteRole> roles) {
        for (Section section : Section.values()) {
            if (section.path().equals(path)) {
                sections.put(section, Set.copyOf(roles));
            }
        }
    }

    /**
     * @param role the user's role
     * @return the sections the role may open, in navigation order
     */
    public List<Section> sectionsFor(Role role) {
        return sections.entrySet().stream().filter(entry -> entry.getValue().contains(role)).map(Map.Entry::getKey)
                .toList();
    }

    /**
     * @param role the user's role
     * @param currentPath the path of the page being shown
     * @return the navigation links for the role, the current section marked active
     */
    public List<NavItem> itemsFor(Role role, String currentPath) {
        return sectionsFor(role).stream()
                .map(section -> new NavItem(section.label(), section.path(),
                        currentPath.equals(section.path()) || currentPath.startsWith(section.path() + "/")))
                .toList();
    }
}

package vn.soi.web.page;

import java.util.Objects;

/**
 * One link of the navigation.
 *
 * @param label the Vietnamese link text
 * @param path where it goes
 * @param active whether the current page belongs to this section
 */
public record NavItem(String label, String path, boolean active) {
    /** Validates the fields. */
    public NavItem {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(path, "path");
    }
}

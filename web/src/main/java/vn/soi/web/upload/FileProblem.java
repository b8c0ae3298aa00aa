package vn.soi.web.upload;

import java.util.Objects;

/**
 * A file of an upload that was refused or failed, and why.
 *
 * @param name the file's name (as uploaded, or the archive entry's name)
 * @param reason why, in Vietnamese
 */
public record FileProblem(String name, String reason) {
    /** Validates the fields. */
    public FileProblem {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reason, "reason");
    }
}

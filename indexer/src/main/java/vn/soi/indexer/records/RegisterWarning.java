package vn.soi.indexer.records;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A row that was skipped, naming the file, the row (as numbered in the file), the column (its header as written) and
 * the offending value.
 */
public record RegisterWarning(Path file, int row, String column, String value, String problem) {

    public RegisterWarning {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(problem, "problem");
        value = value == null ? "" : value;
        if (row < 1) {
            throw new IllegalArgumentException("row must be 1-based, got " + row + " in " + file);
        }
    }

    /** The warning as shown to users (Vietnamese). */
    public String message() {
        return "Tệp " + file.getFileName() + ", dòng " + row + ", cột «" + column + "»: " + problem
                + (value.isEmpty() ? "" : " («" + value + "»)") + "; đã bỏ qua dòng này.";
    }
}

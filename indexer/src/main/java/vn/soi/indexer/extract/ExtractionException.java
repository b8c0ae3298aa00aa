package vn.soi.indexer.extract;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file that could not be extracted, with the file, the {@link ExtractionFailure reason} and a detail. The message
 * reads "bao-cao.pdf: encrypted (password-protected PDF)": file name, reason, detail.
 */
public final class ExtractionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final ExtractionFailure reason;
    private final String detail;

    /**
     * @param file   the file that failed
     * @param reason why
     * @param detail what exactly, for a user (e.g. "password-protected PDF", "12 MB, limit 10 MB")
     * @param cause  the underlying exception, or {@code null}
     */
    public ExtractionException(Path file, ExtractionFailure reason, String detail, Throwable cause) {
        super(message(file, reason, detail), cause);
        this.file = file;
        this.reason = reason;
        this.detail = detail;
    }

    private static String message(Path file, ExtractionFailure reason, String detail) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        Path name = file.getFileName();
        return (name == null ? file : name) + ": " + reason.description()
                + (detail.isBlank() ? "" : " (" + detail + ")");
    }

    /** The file that failed, as given to {@link Extractor#extract(Path)}. */
    public Path file() {
        return file;
    }

    /** Why it failed. */
    public ExtractionFailure reason() {
        return reason;
    }

    /** What exactly failed, in a few words (may be empty). */
    public String detail() {
        return detail;
    }
}

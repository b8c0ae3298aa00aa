package vn.soi.web.store;

import java.nio.file.Path;

/** A database operation failed; names the database file and the operation. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param file the database file
     * @param operation what was being done, e.g. "record audit event"
     * @param cause the underlying failure
     */
    public StoreException(Path file, String operation, Throwable cause) {
        super("database " + file + ": " + operation + " failed: " + cause.getMessage(), cause);
    }
}

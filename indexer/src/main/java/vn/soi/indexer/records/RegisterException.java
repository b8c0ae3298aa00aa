package vn.soi.indexer.records;

import java.nio.file.Path;

/** A register file that cannot be read as a whole, with the file and a named reason. */
public final class RegisterException extends Exception {

    /** Why a register file was refused. */
    public enum Reason {
        /** The extension is not .csv, .xlsx or .xls. */
        UNSUPPORTED_FORMAT,
        /** The file exceeds {@link RegisterLimits#maxBytes()}. */
        FILE_TOO_LARGE,
        /** More data rows than {@link RegisterLimits#maxRows()}. */
        TOO_MANY_ROWS,
        /** A cell longer than {@link RegisterLimits#maxCellChars()}. */
        CELL_TOO_LONG,
        /** No header row of a discipline register or rating results was found. */
        NOT_A_REGISTER,
        /** The file is corrupt, encrypted or cannot be read. */
        UNREADABLE
    }

    private final Path file;
    private final Reason reason;

    /** A refusal with its detail. */
    public RegisterException(Path file, Reason reason, String detail) {
        super(file + ": " + reason + ": " + detail);
        this.file = file;
        this.reason = reason;
    }

    /** A refusal caused by a lower-level failure. */
    public RegisterException(Path file, Reason reason, String detail, Throwable cause) {
        super(file + ": " + reason + ": " + detail, cause);
        this.file = file;
        this.reason = reason;
    }

    /** The file refused. */
    public Path file() {
        return file;
    }

    /** Why it was refused. */
    public Reason reason() {
        return reason;
    }
}

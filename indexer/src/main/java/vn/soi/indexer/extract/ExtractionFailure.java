package vn.soi.indexer.extract;

/** Why a file could not be extracted. Each reason has a short English description and a Vietnamese label for users. */
public enum ExtractionFailure {
    /** The file is larger than {@link ExtractionLimits#maxBytes()}; refused before parsing. */
    TOO_LARGE("too large", "tệp quá lớn"),
    /** The file yields more text than {@link ExtractionLimits#maxCharacters()}. */
    TOO_MANY_CHARACTERS("too much text", "quá nhiều ký tự"),
    /** Parsing took longer than {@link ExtractionLimits#timeout()}. */
    TIMEOUT("timed out", "quá thời gian xử lý"),
    /** The file expands far beyond its size (zip bomb, XML entity expansion). */
    ZIP_BOMB("suspected zip bomb", "nghi là bom nén"),
    /** The file is protected by a password. */
    ENCRYPTED("encrypted", "tệp có mật khẩu"),
    /** The file is damaged, truncated or not what its format says. */
    CORRUPT("corrupt", "tệp bị hỏng"),
    /** The content is of no format we read (binary data, or a format outside the supported list). */
    UNSUPPORTED("unsupported format", "định dạng không hỗ trợ"),
    /** The file has no bytes. */
    EMPTY("empty file", "tệp rỗng"),
    /** The file could not be read (missing, not a regular file, no permission, disk error). */
    IO("cannot be read", "không đọc được tệp");

    private final String description;
    private final String vietnamese;

    ExtractionFailure(String description, String vietnamese) {
        this.description = description;
        this.vietnamese = vietnamese;
    }

    /** Short English description used in {@link ExtractionException#getMessage()}, e.g. "encrypted". */
    public String description() {
        return description;
    }

    /** Short Vietnamese label for users, e.g. "tệp có mật khẩu". */
    public String vietnamese() {
        return vietnamese;
    }
}

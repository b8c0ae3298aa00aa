package vn.soi.indexer.records;

/**
 * Limits on one register file, so that a huge or hostile file is refused with its reason rather than exhausting memory.
 *
 * @param maxBytes file size
 * @param maxRows data rows after the header
 * @param maxCellChars characters in one cell
 */
public record RegisterLimits(long maxBytes, int maxRows, int maxCellChars) {

    /** 64 MB, 200,000 rows, 10,000 characters per cell. */
    public static final RegisterLimits DEFAULT = new RegisterLimits(64L << 20, 200_000, 10_000);

    public RegisterLimits {
        if (maxBytes <= 0 || maxRows <= 0 || maxCellChars <= 0) {
            throw new IllegalArgumentException("register limits must be positive: bytes " + maxBytes + ", rows "
                    + maxRows + ", cell characters " + maxCellChars);
        }
    }
}

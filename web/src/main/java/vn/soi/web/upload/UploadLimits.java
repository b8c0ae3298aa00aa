package vn.soi.web.upload;

/**
 * Limits on one upload.
 *
 * @param maxRequestBytes the most bytes of one upload request (all files together)
 * @param maxFileBytes the most bytes of one file, uploaded or unpacked from an archive
 * @param maxFiles the most files of one upload, counting the entries of archives
 * @param maxUnpackedBytes the most bytes unpacked from the archives of one upload (against zip bombs)
 */
public record UploadLimits(long maxRequestBytes, long maxFileBytes, int maxFiles, long maxUnpackedBytes) {
    /** 200 MB a request, 50 MB a file, 2,000 files, 1 GB unpacked. */
    public static final UploadLimits DEFAULTS = new UploadLimits(200L << 20, 50L << 20, 2_000, 1L << 30);

    /** Validates the fields. */
    public UploadLimits {
        if (maxRequestBytes < 1 || maxFileBytes < 1 || maxFiles < 1 || maxUnpackedBytes < 1) {
            throw new IllegalArgumentException("upload limits must be positive: " + maxRequestBytes + " request bytes, "
                    + maxFileBytes + " file bytes, " + maxFiles + " files, " + maxUnpackedBytes + " unpacked bytes");
        }
    }
}

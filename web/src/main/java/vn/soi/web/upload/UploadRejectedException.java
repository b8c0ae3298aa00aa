package vn.soi.web.upload;

/** A whole upload is refused (too many files, too many unpacked bytes); nothing of it is kept. */
public final class UploadRejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message why, in Vietnamese (shown to the user) */
    public UploadRejectedException(String message) {
        super(message);
    }
}

package vn.soi.web.audit;

/** What an audited person did. Stored by name; the label is shown on the audit page. */
public enum AuditAction {
    /** Signed in; the target is empty. */
    SIGN_IN("Đăng nhập"),
    /** A sign-in failed; the actor is empty, the target is the name that was tried. */
    SIGN_IN_FAILED("Đăng nhập thất bại"),
    /** A sign-in was refused because of too many failures; the target is the name that was tried. */
    SIGN_IN_THROTTLED("Đăng nhập bị tạm chặn"),
    /** Signed out. */
    SIGN_OUT("Đăng xuất"),
    /** Created an account; the target is the new account's name and role. */
    ACCOUNT_CREATED("Tạo tài khoản"),
    /** Recorded a review decision; the target is the finding's key. */
    REVIEW_DECIDED("Ghi quyết định xem xét"),
    /** Opened a document or its original file; the target is the document. */
    DOCUMENT_VIEWED("Xem tài liệu"),
    /** Exported data; the target describes the export. */
    EXPORTED("Xuất dữ liệu"),
    /** Uploaded files; the target names the upload job and the files received and refused. */
    UPLOAD_STARTED("Tải tài liệu lên"),
    /** An upload's ingest and analysis ended; the actor is who uploaded, the target the job and its outcome. */
    UPLOAD_FINISHED("Xử lý xong tài liệu tải lên");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    /** @return the Vietnamese name shown on the audit page */
    public String label() {
        return label;
    }
}

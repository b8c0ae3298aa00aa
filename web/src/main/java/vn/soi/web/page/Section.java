package vn.soi.web.page;

/**
 * The sections of the application shown in the navigation, in order. A section appears for a user once a page route
 * is registered at its path and allows the user's role.
 */
public enum Section {
    /** Full-text search over the corpus. */
    SEARCH("/search", "Tìm kiếm",
            "Tìm trong các bản kiểm điểm, báo cáo kiểm điểm và biên bản hội nghị theo từ khóa, đơn vị, năm và loại tài liệu."),
    /** The findings dashboard and case review. */
    FINDINGS("/findings", "Hồ sơ cần xem xét",
            "Các dấu hiệu hình thức (sao chép, tự xếp loại trái với kỷ luật, nội dung chung chung…) kèm bằng chứng, "
                    + "để xem xét và ghi quyết định."),
    /** Corpus statistics and charts. */
    STATISTICS("/statistics", "Thống kê",
            "Phân bố mức xếp loại theo đơn vị và năm, số dấu hiệu theo loại, đơn vị và năm."),
    /** Uploading documents and registers. */
    UPLOAD("/upload", "Tải lên", "Đưa thêm tài liệu, sổ kỷ luật và kết quả xếp loại vào hệ thống để phân tích."),
    /** Accounts and the audit log. */
    ADMIN("/admin", "Quản trị", "Quản lý tài khoản và xem nhật ký truy cập.");

    private final String path;
    private final String label;
    private final String description;

    Section(String path, String label, String description) {
        this.path = path;
        this.label = label;
        this.description = description;
    }

    /** @return the section's page path */
    public String path() {
        return path;
    }

    /** @return the Vietnamese name in the navigation */
    public String label() {
        return label;
    }

    /** @return a Vietnamese sentence saying what the section is for (shown on the home page) */
    public String description() {
        return description;
    }
}

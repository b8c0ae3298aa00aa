package vn.soi.indexer.document;

/** What kind of document a file is; decided by {@code DocumentClassifier}. */
public enum DocumentType {
    /** Bản kiểm điểm cá nhân. */
    INDIVIDUAL_REPORT("Bản kiểm điểm cá nhân"),
    /** Báo cáo kiểm điểm tập thể. */
    COLLECTIVE_REPORT("Báo cáo kiểm điểm tập thể"),
    /** Biên bản hội nghị kiểm điểm. */
    MINUTES("Biên bản hội nghị kiểm điểm"),
    /** Quyết định thi hành kỷ luật. */
    DISCIPLINE_DECISION("Quyết định kỷ luật"),
    /** Quyết định / thông báo kết quả xếp loại. */
    RATING_DECISION("Quyết định xếp loại"),
    /** Sổ theo dõi kỷ luật (CSV/XLSX). */
    DISCIPLINE_REGISTER("Danh sách kỷ luật"),
    /** Bảng kết quả xếp loại (CSV/XLSX). */
    RATING_REGISTER("Danh sách xếp loại"),
    /** Anything else: news, notices, conclusions. */
    OTHER("Tài liệu khác");

    private final String label;

    DocumentType(String label) {
        this.label = label;
    }

    /** The Vietnamese name shown to users. */
    public String label() {
        return label;
    }

    /** True for the two kinds of review report that have the template's parts. */
    public boolean isReport() {
        return this == INDIVIDUAL_REPORT || this == COLLECTIVE_REPORT;
    }

    /** True for tabular records read row by row. */
    public boolean isRegister() {
        return this == DISCIPLINE_REGISTER || this == RATING_REGISTER;
    }
}

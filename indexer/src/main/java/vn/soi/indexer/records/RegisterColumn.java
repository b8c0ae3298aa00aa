package vn.soi.indexer.records;

/** The columns the contract names for registers ({@code interfaces.md}, "Tabular records"). */
public enum RegisterColumn {
    /** Họ và tên: a person. */
    PERSON("Họ và tên"),
    /** Tổ chức đảng: an organisation in a discipline register. */
    ORGANISATION("Tổ chức đảng"),
    /** Tập thể: a collective in rating results. */
    COLLECTIVE("Tập thể"),
    /** Đối tượng: Cá nhân / Tập thể. */
    SUBJECT_KIND("Đối tượng"),
    /** Đơn vị. */
    UNIT("Đơn vị"),
    /** Chức vụ. */
    POSITION("Chức vụ"),
    /** Hình thức kỷ luật. */
    DISCIPLINE_FORM("Hình thức kỷ luật"),
    /** Ngày quyết định. */
    DECISION_DATE("Ngày quyết định"),
    /** Số quyết định. */
    DECISION_NUMBER("Số quyết định"),
    /** Nội dung vi phạm. */
    VIOLATION("Nội dung vi phạm"),
    /** Năm (review year). */
    YEAR("Năm"),
    /** Mức xếp loại. */
    RATING("Mức xếp loại");

    private final String label;

    RegisterColumn(String label) {
        this.label = label;
    }

    /** The contract's Vietnamese header. */
    public String label() {
        return label;
    }

    /** True for the columns that name who a row is about. */
    public boolean namesSubject() {
        return this == PERSON || this == ORGANISATION || this == COLLECTIVE;
    }
}

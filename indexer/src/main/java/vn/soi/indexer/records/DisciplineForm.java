package vn.soi.indexer.records;

/**
 * Forms of discipline (Quy định 69-QĐ/TW, Art. 7), prosecution, and the state administrative forms that
 * {@code domain.md} asks to recognise.
 */
public enum DisciplineForm {
    REPRIMAND("Khiển trách"),
    WARNING("Cảnh cáo"),
    DISMISSAL("Cách chức"),
    EXPULSION("Khai trừ"),
    DISSOLUTION("Giải tán"),
    SALARY_DEMOTION("Hạ bậc lương"),
    DEMOTION("Giáng chức"),
    FORCED_RESIGNATION("Buộc thôi việc"),
    PROSECUTION("Truy cứu trách nhiệm hình sự");

    private final String label;

    DisciplineForm(String label) {
        this.label = label;
    }

    /** The Vietnamese name. */
    public String label() {
        return label;
    }
}

package vn.soi.indexer.document;

/**
 * The parts of a review report and of review minutes (glossary names of {@code architecture.md}).
 * Reports use the first group; minutes use the second.
 */
public enum SectionKind {
    /** Ưu điểm, kết quả đạt được (part I and its sub-items). */
    STRENGTHS("Ưu điểm, kết quả đạt được"),
    /** Hạn chế, khuyết điểm. */
    SHORTCOMINGS("Hạn chế, khuyết điểm"),
    /** Nguyên nhân của hạn chế, khuyết điểm (chủ quan / khách quan). */
    CAUSES("Nguyên nhân"),
    /** Kết quả khắc phục hạn chế, khuyết điểm đã được chỉ ra. */
    REMEDIATION("Kết quả khắc phục"),
    /** Giải trình những vấn đề được gợi ý kiểm điểm. */
    EXPLANATION("Giải trình vấn đề được gợi ý"),
    /** Làm rõ trách nhiệm. */
    RESPONSIBILITY("Làm rõ trách nhiệm"),
    /** Liên hệ với 27 biểu hiện suy thoái, tự diễn biến, tự chuyển hóa. */
    DEGENERATION_SELF_CHECK("Liên hệ 27 biểu hiện suy thoái"),
    /** Phương hướng, biện pháp khắc phục. */
    DIRECTION("Phương hướng, biện pháp"),
    /** Tự nhận mức xếp loại (from 2025 with points). */
    SELF_RATING("Tự nhận mức xếp loại"),
    /** Minutes: the opinions given at the meeting. */
    OPINIONS("Ý kiến góp ý"),
    /** Minutes: the reviewed person's or collective's answers. */
    ANSWERS("Ý kiến tiếp thu, giải trình"),
    /** Minutes: the chair's conclusion. */
    CONCLUSION("Kết luận của chủ trì"),
    /** Minutes: the vote on the rating. */
    VOTE("Kết quả biểu quyết");

    private final String label;

    SectionKind(String label) {
        this.label = label;
    }

    /** The Vietnamese name shown to users. */
    public String label() {
        return label;
    }
}

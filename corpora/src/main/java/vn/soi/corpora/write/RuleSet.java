package vn.soi.corpora.write;

/**
 * The regulation in force for a review year ({@code domain.md}): Quy định 132 / HD 21 to 2022, Quy định 124 / HD 25
 * for 2023 and 2024, Quy định 366 / HD 43 with points from 2025.
 */
public enum RuleSet {
    QD132("Quy định số 132-QĐ/TW ngày 08/3/2018 của Bộ Chính trị", "Hướng dẫn số 21-HD/BTCTW ngày 18/10/2019"),
    QD124("Quy định số 124-QĐ/TW ngày 04/10/2023 của Bộ Chính trị", "Hướng dẫn số 25-HD/BTCTW ngày 10/11/2023"),
    QD366("Quy định số 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị", "Hướng dẫn số 43-HD/BTCTW ngày 31/10/2025");

    private final String regulation;
    private final String guidance;

    RuleSet(String regulation, String guidance) {
        this.regulation = regulation;
        this.guidance = guidance;
    }

    /** The rule set of a review year. */
    public static RuleSet forYear(int year) {
        return year <= 2022 ? QD132 : year <= 2024 ? QD124 : QD366;
    }

    /** The regulation's citation. */
    public String regulation() {
        return regulation;
    }

    /** The guidance's citation. */
    public String guidance() {
        return guidance;
    }

    /** True when reports carry points (/30 + /70 = /100). */
    public boolean hasPoints() {
        return this == QD366;
    }
}

package vn.soi.indexer.document;

import java.util.Optional;

import vn.soi.indexer.normalize.AsciiFold;

/** The four rating levels, the same names under Quy định 132, 124 and 366 (see {@code domain.md}). */
public enum Rating {
    EXCELLENT("Hoàn thành xuất sắc nhiệm vụ", "HTXSNV", 'A'),
    GOOD("Hoàn thành tốt nhiệm vụ", "HTTNV", 'B'),
    COMPLETED("Hoàn thành nhiệm vụ", "HTNV", 'C'),
    NOT_COMPLETED("Không hoàn thành nhiệm vụ", "KHTNV", 'D');

    private final String label;
    private final String abbreviation;
    private final char letter;

    Rating(String label, String abbreviation, char letter) {
        this.label = label;
        this.abbreviation = abbreviation;
        this.letter = letter;
    }

    /** The full Vietnamese name. */
    public String label() {
        return label;
    }

    /** The usual abbreviation (HTXSNV, HTTNV, HTNV, KHTNV). */
    public String abbreviation() {
        return abbreviation;
    }

    /** True when this level is above {@code other}. */
    public boolean isAbove(Rating other) {
        return ordinal() < other.ordinal();
    }

    /**
     * Reads a level from its full name (with or without "nhiệm vụ"), its abbreviation or its letter, ignoring case,
     * spacing and diacritics (so "hoan thanh tot" works). Longest names are tried first so that "Không hoàn thành"
     * is never read as "Hoàn thành".
     */
    public static Optional<Rating> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = AsciiFold.fold(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (Rating r : values()) {
            if (key.equals(AsciiFold.fold(r.abbreviation)) || key.equals(String.valueOf(r.letter).toLowerCase())) {
                return Optional.of(r);
            }
        }
        if (key.startsWith("khong hoan thanh")) {
            return Optional.of(NOT_COMPLETED);
        }
        if (key.startsWith("hoan thanh xuat sac")) {
            return Optional.of(EXCELLENT);
        }
        if (key.startsWith("hoan thanh tot")) {
            return Optional.of(GOOD);
        }
        if (key.startsWith("hoan thanh")) {
            return Optional.of(COMPLETED);
        }
        return Optional.empty();
    }
}

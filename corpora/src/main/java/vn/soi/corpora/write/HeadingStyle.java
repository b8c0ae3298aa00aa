package vn.soi.corpora.write;

import java.util.Locale;
import java.util.SplittableRandom;

/** How a writer numbers and cases part headings: Roman, Arabic, "Phần thứ nhất", letters, or none. */
public record HeadingStyle(Numbering numbering, boolean upper, SubNumbering sub) {

    /** Numbering of parts. */
    public enum Numbering { ROMAN, ARABIC, PHAN, LETTER, NONE }

    /** Numbering of items inside a part. */
    public enum SubNumbering { ARABIC, LETTER, DASH }

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
    private static final String[] ORDINAL = {"nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"};

    /** A random style; Roman numbering is the most common, as in the official forms. */
    public static HeadingStyle random(SplittableRandom rng) {
        double r = rng.nextDouble();
        Numbering n = r < 0.5 ? Numbering.ROMAN : r < 0.7 ? Numbering.ARABIC : r < 0.8 ? Numbering.PHAN
                : r < 0.9 ? Numbering.LETTER : Numbering.NONE;
        SubNumbering s = n == Numbering.ARABIC ? (rng.nextBoolean() ? SubNumbering.LETTER : SubNumbering.DASH)
                : SubNumbering.values()[rng.nextInt(3)];
        return new HeadingStyle(n, rng.nextDouble() < 0.45, s);
    }

    /** The heading of the {@code index}-th part (0-based). */
    public String part(int index, String title) {
        String t = upper ? title.toUpperCase(Locale.ROOT) : title;
        switch (numbering) {
            case ROMAN:
                return ROMAN[index % ROMAN.length] + ". " + t;
            case ARABIC:
                return (index + 1) + ". " + t;
            case PHAN:
                return "Phần thứ " + ORDINAL[index % ORDINAL.length] + ": " + t;
            case LETTER:
                return (char) ('A' + index) + ". " + t;
            default:
                return t;
        }
    }

    /** The heading of the {@code index}-th item inside a part. */
    public String item(int index, String title) {
        switch (sub) {
            case ARABIC:
                return (index + 1) + ". " + title;
            case LETTER:
                return (char) ('a' + index) + ") " + title;
            default:
                return "- " + title;
        }
    }
}

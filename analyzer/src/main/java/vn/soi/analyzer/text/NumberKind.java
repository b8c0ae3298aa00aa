package vn.soi.analyzer.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a number token stands for. Only a {@link #FIGURE} can be a result ("15 hồ sơ", "đạt 105%"): dates, years and
 * the numbers of regulations or articles only place the text in time or law (research note 3.3: "numbers that are
 * only dates do not count").
 */
public enum NumberKind {
    /** A count, share, amount or local document number: a concrete result. */
    FIGURE,
    /** A date or part of one ("15/3/2024", "ngày 15", "tháng 3"). */
    DATE,
    /** A year or a range of years ("2024", "2020-2025"). */
    YEAR,
    /** The number of a central regulation or of an article ("124-QĐ/TW", "Điều 5", "Trung ương 4"). */
    REFERENCE;

    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{1,2}[/.-]\\d{1,2}([/.-]\\d{2,4})?|\\d{1,2}/\\d{4}");
    private static final Pattern YEAR_SHAPE = Pattern.compile("(19|20)\\d{2}([-–/](19|20)?\\d{2})?");
    private static final Pattern CENTRAL_REFERENCE = Pattern.compile("\\d+[-–][\\p{L}]+/tw");

    /**
     * The kind of the number token at {@code index}, judged by its shape and by the syllables before it:
     * {@code dateWords} make it a date ("ngày", "tháng", "năm", "quý"), {@code referenceWords} a reference
     * ("điều", "khoản", "trung ương", "khóa").
     */
    public static NumberKind of(List<Token> tokens, int index, PhraseLexicon dateWords, PhraseLexicon referenceWords) {
        String lower = tokens.get(index).lower();
        if (CENTRAL_REFERENCE.matcher(lower).matches()) {
            return REFERENCE;
        }
        if (DATE_SHAPE.matcher(lower).matches()) {
            return DATE;
        }
        if (YEAR_SHAPE.matcher(lower).matches()) {
            return YEAR;
        }
        if (endsWith(tokens, index, dateWords)) {
            return DATE;
        }
        if (endsWith(tokens, index, referenceWords)) {
            return REFERENCE;
        }
        return FIGURE;
    }


    private static boolean endsWith(List<Token> tokens, int index, PhraseLexicon words) {
        for (int length = 1; length <= 3 && index - length >= 0; length++) {
            if (words.isEntry(tokens.subList(index - length, index))) {
                return true;
            }
        }
        return false;
    }
}

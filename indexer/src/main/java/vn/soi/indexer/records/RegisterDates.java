package vn.soi.indexer.records;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decision dates in register cells: dd/mm/yyyy and d/m/yyyy (also with '.' or '-'), and yyyy-mm-dd, which is also how
 * real spreadsheet date cells arrive from {@link SheetFormatter}.
 */
final class RegisterDates {

    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private RegisterDates() {
    }

    /** The date a cell holds, or empty when it is not one of the accepted forms or not a real calendar date. */
    static Optional<LocalDate> parse(String cell) {
        String text = cell.strip();
        try {
            Matcher m = ISO.matcher(text);
            if (m.matches()) {
                return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            }
            m = DAY_FIRST.matcher(text);
            if (m.matches()) {
                return Optional.of(LocalDate.of(num(m, 3), num(m, 2), num(m, 1)));
            }
        } catch (DateTimeException e) {
            // 31/02/2024 and the like: not a date, reported by the caller as a bad cell.
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}

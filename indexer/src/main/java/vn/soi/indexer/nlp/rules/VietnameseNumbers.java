package vn.soi.indexer.nlp.rules;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Converts numbers written the Vietnamese way, as the {@code NUMBER} and {@code PERCENT} rules return them: a dot
 * groups thousands ("4.315" is 4315), a comma marks decimals ("4,2" is 4.2).
 */
public final class VietnameseNumbers {

    private static final Pattern WRITTEN = Pattern.compile("\\d{1,3}(\\.\\d{3})+|\\d+(,\\d+)?");

    private VietnameseNumbers() {
    }

    /** The value of {@code written}; throws {@link NumberFormatException} naming the text when it is no such number. */
    public static BigDecimal parse(String written) {
        String digits = written.strip();
        if (!WRITTEN.matcher(digits).matches()) {
            throw new NumberFormatException("not a Vietnamese number: \"" + written + "\"");
        }
        return new BigDecimal(digits.replace(".", "").replace(',', '.'));
    }
}

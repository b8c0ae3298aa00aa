package vn.soi.indexer.normalize;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text to lower-case ASCII words, for lenient matching where case, diacritics and punctuation must not matter
 * (register headers, rating and discipline names, positions, titles damaged by OCR): marks dropped, 'đ', 'Đ' and the
 * look-alike U+00D0 read as 'd', every other non-alphanumeric character a single space.
 */
public final class AsciiFold {

    private AsciiFold() {
    }

    /** The folded form: "Hoàn thành TỐT nhiệm vụ!" becomes "hoan thanh tot nhiem vu". */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ' || c == '\u00D0') {
                c = 'd';
            }
            out.append(Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ');
        }
        return out.toString().trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

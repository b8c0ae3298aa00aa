package vn.soi.indexer.records;

import java.text.Normalizer;
import java.util.Locale;

/** Folds header and cell text to lower-case ASCII words so that matching ignores case, diacritics and punctuation. */
final class TextFold {

    private TextFold() {
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            // 'đ' has no decomposition; U+00D0 is a common stand-in for 'Đ' in Vietnamese files.
            if (c == 'đ' || c == 'Đ' || c == 'Ð') {
                c = 'd';
            }
            out.append(Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ');
        }
        return out.toString().trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

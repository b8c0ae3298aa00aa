package vn.soi.analyzer.records;

import java.text.Normalizer;
import java.util.Locale;

/** Folds text to lower-case ASCII words, for lenient matching of names of forms and positions. */
final class Fold {

    private Fold() {
    }

    static String ascii(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ' || c == 'Ð') {
                c = 'd';
            }
            out.append(Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ');
        }
        return out.toString().trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

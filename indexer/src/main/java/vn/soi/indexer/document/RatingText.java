package vn.soi.indexer.document;

import java.text.Normalizer;
import java.util.Locale;

/** Folds rating text to lower-case ASCII words for lenient matching of levels. */
final class RatingText {

    private RatingText() {
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replace('đ', 'd').replace('Đ', 'd').replace('Ð', 'd');
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ');
        }
        return out.toString().trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

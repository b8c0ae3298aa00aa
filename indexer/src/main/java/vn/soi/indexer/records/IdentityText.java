package vn.soi.indexer.records;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises names and units for identity keys: NFC, lower case, every run of white space (including no-break and
 * zero-width spaces) collapsed to one space, trimmed. Diacritics are kept: "Lê" and "Lệ" are different people.
 *
 * <p>Interim: the project's Vietnamese normaliser (canonical tone-mark placement "ủy"/"uỷ", 'Ð' for 'Đ') is not in
 * this branch yet; when it lands, keys should be built through it so that "Thuỷ" and "Thủy" meet.
 */
final class IdentityText {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");

    private IdentityText() {
    }

    static String normalise(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return SPACES.matcher(nfc).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}

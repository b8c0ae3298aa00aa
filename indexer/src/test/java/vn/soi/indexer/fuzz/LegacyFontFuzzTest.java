package vn.soi.indexer.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.code_intelligence.jazzer.junit.FuzzTest;

import vn.soi.indexer.normalize.LegacyEncoding;
import vn.soi.indexer.normalize.LegacyEncodingDetector;
import vn.soi.indexer.normalize.LegacyFontConverter;

/**
 * The legacy-font converters and the encoding detector take any string without throwing; text made of Vietnamese
 * letters, ASCII and punctuation survives the round trip through either legacy encoding. Regression inputs:
 * {@code LegacyFontFuzzTestInputs/<method>/}.
 */
class LegacyFontFuzzTest {

    /** Printable ASCII, every Vietnamese letter in both cases with each of the six tones, and đ Đ. */
    private static final List<String> VIETNAMESE_ALPHABET = vietnameseAlphabet();

    @FuzzTest(maxDuration = "2m")
    void converters_and_detector_take_any_text(byte[] data) {
        String text = FuzzText.decode(data);

        for (LegacyEncoding encoding : LegacyEncoding.values()) {
            assertNotNull(LegacyFontConverter.fromUnicode(text, encoding));
            String converted = LegacyFontConverter.toUnicode(text, encoding);
            if (outsideLegacyRange(text) && Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
                assertEquals(text, converted, () -> encoding + " changed text it has no table entry for: "
                        + NormalizerFuzzTest.escaped(text));
            }
        }
        Optional<LegacyEncoding> detected = LegacyEncodingDetector.detect(text);
        assertNotNull(detected);
        String ascii = text.chars().filter(c -> c >= 0x20 && c < 0x7F)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        assertEquals(Optional.empty(), LegacyEncodingDetector.detect(ascii), () -> "ASCII taken for legacy: " + ascii);
    }

    @FuzzTest(maxDuration = "2m")
    void vietnamese_text_survives_the_round_trip_through_each_legacy_encoding(byte[] data) {
        StringBuilder built = new StringBuilder();
        for (byte b : data) {
            built.append(VIETNAMESE_ALPHABET.get((b & 0xFF) % VIETNAMESE_ALPHABET.size()));
        }
        String text = built.toString();

        for (LegacyEncoding encoding : LegacyEncoding.values()) {
            String legacy = LegacyFontConverter.fromUnicode(text, encoding);
            assertEquals(text, LegacyFontConverter.toUnicode(legacy, encoding),
                    () -> encoding + " round trip of " + NormalizerFuzzTest.escaped(text) + " via "
                            + NormalizerFuzzTest.escaped(legacy));
        }
        assertNotNull(LegacyEncodingDetector.detect(text));
    }

    /** No control character and nothing in 0x80-0xFF: the ranges legacy spellings are made of. */
    private static boolean outsideLegacyRange(String text) {
        return text.chars().noneMatch(c -> c < 0x20 || c >= 0x80 && c <= 0xFF);
    }

    private static List<String> vietnameseAlphabet() {
        List<String> letters = new ArrayList<>();
        for (char c = 0x20; c < 0x7F; c++) {
            letters.add(String.valueOf(c));
        }
        String tones = "\u0300\u0301\u0303\u0309\u0323";
        for (String vowel : List.of("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")) {
            for (String base : List.of(vowel, vowel.toUpperCase(Locale.ROOT))) {
                if (base.charAt(0) > 0x7F) {
                    letters.add(base);
                }
                for (char tone : tones.toCharArray()) {
                    letters.add(Normalizer.normalize(base + tone, Normalizer.Form.NFC));
                }
            }
        }
        letters.add("đ");
        letters.add("Đ");
        return List.copyOf(letters);
    }
}

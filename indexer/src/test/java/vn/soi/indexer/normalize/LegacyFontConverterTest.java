package vn.soi.indexer.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class LegacyFontConverterTest {

    /** Every toned and untoned Vietnamese vowel letter, and đ, built from base letters and tone marks. */
    static String allLowercaseLetters() {
        StringBuilder letters = new StringBuilder("đ");
        for (String base : new String[] {"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"}) {
            for (String tone : new String[] {"", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"}) {
                letters.append(Normalizer.normalize(base + tone, Normalizer.Form.NFC));
            }
        }
        return letters.toString();
    }

    private static String roundTrip(String unicode, LegacyEncoding encoding) {
        return LegacyFontConverter.toUnicode(LegacyFontConverter.fromUnicode(unicode, encoding), encoding);
    }

    @ParameterizedTest
    @EnumSource(LegacyEncoding.class)
    void round_trips_every_lowercase_vietnamese_letter(LegacyEncoding encoding) {
        String letters = allLowercaseLetters();
        assertEquals(73, letters.length(), "12 vowels with 6 tones, and đ");
        for (int i = 0; i < letters.length(); i++) {
            String letter = letters.substring(i, i + 1);
            String legacy = LegacyFontConverter.fromUnicode(letter, encoding);
            assertEquals(letter, LegacyFontConverter.toUnicode(legacy, encoding), "round trip of " + letter);
        }
        assertEquals(letters, roundTrip(letters, encoding));
    }

    @ParameterizedTest
    @EnumSource(LegacyEncoding.class)
    void round_trips_every_uppercase_vietnamese_letter(LegacyEncoding encoding) {
        String letters = allLowercaseLetters().toUpperCase(Locale.ROOT);
        for (int i = 0; i < letters.length(); i++) {
            String letter = letters.substring(i, i + 1);
            assertEquals(letter, roundTrip(letter, encoding),
                    "round trip of " + letter);
        }
        assertEquals(letters, roundTrip(letters, encoding));
    }

    @ParameterizedTest
    @EnumSource(LegacyEncoding.class)
    void round_trips_a_whole_sentence_with_punctuation_and_digits(LegacyEncoding encoding) {
        String sentence = "Chi bộ thôn Đông Hòa họp ngày 12/01/2025: 18 đảng viên có mặt, ý kiến \"thẳng thắn\", "
                + "ƯU ĐIỂM NỔI BẬT; khuyết điểm cần khắc phục (tự phê bình và phê bình)!";
        String legacy = LegacyFontConverter.fromUnicode(sentence, encoding);
        assertNotEquals(sentence, legacy);
        assertEquals(sentence, LegacyFontConverter.toUnicode(legacy, encoding));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "§¶ng|Đảng", "ViÖt Nam|Việt Nam", "cña|của", "vµ|và", "th×|thì", "®\u00ADîc|được",
        "céng hoµ x· héi chñ nghÜa viÖt nam|cộng hoà xã hội chủ nghĩa việt nam",
        "§éc lËp - Tù do - H¹nh phóc|Độc lập - Tự do - Hạnh phúc",
        "B¸o c¸o kiÓm ®iÓm|Báo cáo kiểm điểm"
    })
    void converts_tcvn3_mojibake(String legacy, String unicode) {
        assertEquals(unicode, LegacyFontConverter.toUnicode(legacy, LegacyEncoding.TCVN3));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ñaûng|Đảng", "Vieät Nam|Việt Nam", "cuûa|của", "vaø|và", "ñöôïc|được",
        "COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Ñoäc laäp - Töï do - Haïnh phuùc|Độc lập - Tự do - Hạnh phúc",
        "AÙnh saùng|Ánh sáng", "Aùnh|Ánh"
    })
    void converts_vni_mojibake(String legacy, String unicode) {
        assertEquals(unicode, LegacyFontConverter.toUnicode(legacy, LegacyEncoding.VNI));
    }

    @Test
    void writes_tcvn3_u_horn_as_the_soft_hyphen_code_point() {
        assertEquals("®\u00ADîc", LegacyFontConverter.fromUnicode("được", LegacyEncoding.TCVN3));
    }

    @Test
    void converts_decomposed_input_before_writing_legacy_text() {
        String nfd = Normalizer.normalize("Việt", Normalizer.Form.NFD);
        assertEquals("ViÖt", LegacyFontConverter.fromUnicode(nfd, LegacyEncoding.TCVN3));
        assertEquals("Vieät", LegacyFontConverter.fromUnicode(nfd, LegacyEncoding.VNI));
    }

    @Test
    void capitals_font_text_upper_cases_after_conversion() {
        String extracted = LegacyFontConverter.fromUnicode("báo cáo kiểm điểm", LegacyEncoding.TCVN3);
        assertEquals("BÁO CÁO KIỂM ĐIỂM",
                LegacyFontConverter.toUnicode(extracted, LegacyEncoding.TCVN3).toUpperCase(Locale.ROOT));
    }
}

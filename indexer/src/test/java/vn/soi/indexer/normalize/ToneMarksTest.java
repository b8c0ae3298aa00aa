package vn.soi.indexer.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ToneMarksTest {

    @ParameterizedTest
    @CsvSource({
        "uỷ, ủy", "Uỷ ban, Ủy ban", "UỶ BAN, ỦY BAN", "huyện uỷ, huyện ủy", "thuỷ lợi, thủy lợi",
        "hoà bình, hòa bình", "CỘNG HOÀ, CỘNG HÒA", "khoẻ mạnh, khỏe mạnh", "hoá, hóa", "tuỳ, tùy", "luỹ kế, lũy kế"
    })
    void moves_old_style_tone_to_first_vowel_of_open_cluster(String oldStyle, String newStyle) {
        assertEquals(newStyle, ToneMarks.canonical(oldStyle));
    }

    @ParameterizedTest
    @CsvSource({"quý", "quỳ", "hoàn thành", "toán", "thuyết", "ngoài", "khuya", "ủy", "hòa", "người", "quả"})
    void leaves_new_style_closed_syllables_and_qu_alone(String word) {
        assertEquals(word, ToneMarks.canonical(word));
    }

    @Test
    void canonical_maps_eth_to_d_with_stroke_and_drops_invisible_characters() {
        assertEquals("Đảng ủy xã", VietnameseNormalizer.canonical("\u00D0ảng\u200B uỷ\u00A0xã"));
    }

    @Test
    void canonical_composes_decomposed_text() {
        String nfd = java.text.Normalizer.normalize("Việt Nam", java.text.Normalizer.Form.NFD);
        assertEquals("Việt Nam", VietnameseNormalizer.canonical(nfd));
    }

    @Test
    void canonical_is_idempotent() {
        String once = VietnameseNormalizer.canonical("Ðảng uỷ hoà\u00ADbình");
        assertEquals(once, VietnameseNormalizer.canonical(once));
    }
}

package vn.soi.indexer.normalize;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseSyllablesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Đảng", "việt", "NGHIÊNG", "nghĩa", "quý", "quyết", "giữa", "giếng", "gì", "khuya", "ngoài",
        "người", "được", "kiểm", "điểm", "hòa", "hoà", "ủy", "thuở", "xoong", "a", "ở", "ý", "kênh", "phê", "bình"})
    void accepts_possible_vietnamese_syllables(String word) {
        assertTrue(VietnameseSyllables.isSyllable(word), word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ceng", "kan", "ghat", "nghoa", "cat", "hoàǹ", "email", "document", "été", "schön", "Müller",
        "François", "ViÖt", "§¶ng", "cña", "Vieät", "bac", "tiềp", "", "nghiêngnghiêng"})
    void rejects_foreign_words_mojibake_and_impossible_spellings(String word) {
        assertFalse(VietnameseSyllables.isSyllable(word), word);
    }
}

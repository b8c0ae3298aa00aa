package vn.soi.indexer.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineEndHyphenationStepTest {

    private final LineEndHyphenationStep step = new LineEndHyphenationStep();

    @Test
    void joins_two_syllables_cut_at_a_line_end_with_a_space() {
        assertEquals("tự phê bình và phê bình nghiêm túc", step.apply("tự phê bình và phê-\nbình nghiêm túc"));
    }

    @Test
    void joins_a_cut_foreign_word_without_a_space() {
        assertEquals("gửi qua email và internet", step.apply("gửi qua e-\nmail và inter-\nnet"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "năm học 2023-\n2024", "Quy định 124-\nQĐ/TW của Bộ Chính trị", "chủ nghĩa Mác-\nLênin",
        "tư tưởng Hồ Chí Minh -\nđạo đức", "Đảng ủy -\nỦy ban", "kinh tế-\n- xã hội", "mục a-\n\nmục b"
    })
    void leaves_ranges_numbers_names_and_dashes_alone(String text) {
        assertSame(text, step.apply(text));
    }
}

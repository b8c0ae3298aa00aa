package vn.soi.indexer.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ToneMarkStepTest {

    @Test
    void applies_the_new_style_placement_to_whole_text() {
        assertEquals("Ủy ban kiểm tra huyện ủy họp bàn về thủy lợi và hòa giải; khỏe, quý, hoàn thành.",
                new ToneMarkStep().apply(
                        "Uỷ ban kiểm tra huyện uỷ họp bàn về thuỷ lợi và hoà giải; khoẻ, quý, hoàn thành."));
    }

    @Test
    void leaves_a_word_followed_by_a_stray_combining_mark_alone() {
        assertEquals("hoà\u0300", new ToneMarkStep().apply("hoà\u0300"));
    }
}

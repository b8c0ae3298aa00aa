package vn.soi.indexer.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class LookAlikeLetterStepTest {

    private final LookAlikeLetterStep step = new LookAlikeLetterStep();

    @Test
    void replaces_eth_with_d_stroke_as_in_seed_000() {
        assertEquals("Đảng ủy Đồng Nai, đồng chí Đỗ", step.apply("\u00D0ảng ủy \u00D0ồng Nai, \u00F0ồng chí \u0189ỗ"));
    }

    @Test
    void leaves_real_d_stroke_alone() {
        String text = "Đảng bộ đã đề ra";
        assertSame(text, step.apply(text));
    }
}

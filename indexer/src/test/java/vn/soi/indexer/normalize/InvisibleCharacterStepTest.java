package vn.soi.indexer.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class InvisibleCharacterStepTest {

    private final InvisibleCharacterStep step = new InvisibleCharacterStep();

    @Test
    void turns_no_break_and_narrow_spaces_into_spaces() {
        assertEquals("Hà Nội, ngày 5 tháng 3", step.apply("Hà\u00A0Nội,\u202Fngày\u20075 tháng\u20093"));
    }

    @Test
    void removes_zero_width_characters_byte_order_mark_and_soft_hyphens() {
        assertEquals("Chi bộ kiểm điểm", step.apply("\uFEFFChi b\u200Bộ ki\u00ADểm\u200D đi\u2060ểm\u200C"));
    }

    @Test
    void turns_unicode_line_separators_into_line_breaks() {
        assertEquals("Mở đầu\nKết luận", step.apply("Mở đầu\u2028Kết luận"));
    }

    @Test
    void returns_clean_text_itself() {
        String text = "Tự phê bình và phê bình.\n";
        assertSame(text, step.apply(text));
    }
}

package vn.soi.indexer.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class WhitespaceStepTest {

    private final WhitespaceStep step = new WhitespaceStep();

    @Test
    void collapses_runs_of_spaces_and_tabs_and_trims_lines() {
        assertEquals("Họ và tên: Nguyễn Văn An\nChức vụ: Phó bí thư",
                step.apply("  Họ và tên:\t\tNguyễn  Văn   An   \r\nChức vụ:  Phó bí thư  "));
    }

    @Test
    void keeps_one_blank_line_between_paragraphs() {
        assertEquals("I. ƯU ĐIỂM\n\nGiữ vững phẩm chất.\n\nII. KHUYẾT ĐIỂM",
                step.apply("\n\nI. ƯU ĐIỂM\n \n\n\nGiữ vững phẩm chất.\r\n\r\nII. KHUYẾT ĐIỂM\n\n"));
    }

    @Test
    void keeps_page_breaks_and_trims_blank_lines_around_them() {
        assertEquals("Trang một\fTrang hai", step.apply("Trang một\n\n\f\n  \nTrang hai"));
    }

    @Test
    void returns_clean_text_itself() {
        String text = "Dòng một\n\nDòng hai";
        assertSame(text, step.apply(text));
    }
}

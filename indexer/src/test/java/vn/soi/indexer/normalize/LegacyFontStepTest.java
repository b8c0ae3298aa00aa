package vn.soi.indexer.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class LegacyFontStepTest {

    private final LegacyFontStep step = new LegacyFontStep();

    @Test
    void converts_a_tcvn3_document_line_by_line() {
        String unicode = "céng hoµ x· héi chñ nghÜa viÖt nam\n§éc lËp - Tù do - H¹nh phóc\n\n"
                + "B¸o c¸o kiÓm ®iÓm c¸ nh©n n¨m 2024";
        assertEquals("cộng hoà xã hội chủ nghĩa việt nam\nĐộc lập - Tự do - Hạnh phúc\n\n"
                + "Báo cáo kiểm điểm cá nhân năm 2024", step.apply(unicode));
    }

    @Test
    void converts_a_vni_document() {
        String original = "Đồng chí đã tiếp thu ý kiến góp ý của chi bộ.\nKhuyết điểm: chưa sâu sát cơ sở.";
        assertEquals(original, step.apply(LegacyFontConverter.fromUnicode(original, LegacyEncoding.VNI)));
    }

    @Test
    void converts_even_lines_whose_words_are_ambiguous_when_the_whole_text_is_legacy() {
        String original = "Đảng viên phải gương mẫu.\nCó.\nHội nghị kết thúc lúc 11 giờ.";
        String legacy = LegacyFontConverter.fromUnicode(original, LegacyEncoding.TCVN3);
        assertEquals(original, step.apply(legacy));
    }

    @Test
    void repairs_only_the_legacy_paragraph_of_a_mixed_document() {
        String text = "§¶ng bé x· T©n H\u00ADng\nĐồng chí Trần Thị Mai đã nhận rõ khuyết điểm của mình.\nCô có ý kiến.";
        assertEquals("Đảng bộ xã Tân Hưng\nĐồng chí Trần Thị Mai đã nhận rõ khuyết điểm của mình.\nCô có ý kiến.",
                step.apply(text));
    }

    @Test
    void keeps_the_tcvn3_u_horn_that_looks_like_a_soft_hyphen() {
        assertEquals("được như mong muốn", step.apply("®\u00ADîc nh\u00AD mong muèn"));
    }

    @Test
    void leaves_unicode_vietnamese_and_french_unchanged() {
        String text = "Ông Hà và bà Hélène Côté có mặt; đồng chí Phạm Văn Đức phát biểu.";
        assertSame(text, step.apply(text));
        String ascii = "Bao cao kiem diem";
        assertSame(ascii, step.apply(ascii));
    }
}

package vn.soi.indexer.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class PageFurnitureStepTest {

    private final PageFurnitureStep step = new PageFurnitureStep();

    private static final String[] BODY = {
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nBÁO CÁO KIỂM ĐIỂM CÁ NHÂN\n"
            + "Năm 2024\n\nI. ƯU ĐIỂM\nLuôn chấp hành nghiêm chủ trương của Đảng và",
        "chính sách, pháp luật của Nhà nước; giữ gìn đạo đức, lối sống.\n\nII. KHUYẾT ĐIỂM\n"
            + "Có lúc chưa kiểm tra sát sao việc thực hiện nghị quyết.",
        "Điều 1. Nguyên nhân chủ quan là do sức ép công việc.\nNguyên nhân khách quan là địa bàn rộng.",
        "III. PHƯƠNG HƯỚNG KHẮC PHỤC\nTăng cường kiểm tra, giám sát; tự phê\nbình thường xuyên.",
        "IV. TỰ XẾP LOẠI\nHoàn thành tốt nhiệm vụ.\n\nNGƯỜI TỰ KIỂM ĐIỂM\nNguyễn Văn An"
    };

    private static String fivePages(IntFunction<String> header, IntFunction<String> footer) {
        List<String> pages = new ArrayList<>();
        for (int p = 0; p < BODY.length; p++) {
            String top = header.apply(p + 1);
            String bottom = footer.apply(p + 1);
            pages.add((top.isEmpty() ? "" : top + "\n") + BODY[p] + (bottom.isEmpty() ? "" : "\n" + bottom));
        }
        return String.join("\f", pages);
    }

    private static String bodyJoined() {
        return String.join("\n", BODY);
    }

    @Test
    void removes_a_running_header_and_trang_n_of_m_footers_over_five_pages() {
        String text = fivePages(p -> p == 1 ? "" : "Đảng bộ xã Tân Hưng - Chi bộ thôn 3", p -> "Trang " + p + "/5");
        assertEquals(bodyJoined(), step.apply(text));
    }

    @Test
    void removes_dash_framed_and_bare_page_numbers() {
        assertEquals(bodyJoined(), step.apply(fivePages(p -> "- " + p + " -", p -> "")));
        assertEquals(bodyJoined(), step.apply(fivePages(p -> "", p -> String.valueOf(p))));
    }

    @Test
    void joins_a_sentence_split_by_a_page_break_into_continuous_text() {
        String result = step.apply(fivePages(p -> "", p -> "Trang " + p));
        assertTrue(result.contains("của Đảng và\nchính sách, pháp luật"), result);
        assertFalse(result.contains("\f"));
    }

    @Test
    void never_removes_a_line_found_on_only_one_page() {
        String text = fivePages(p -> p == 3 ? "Phụ lục kèm theo" : "", p -> p == 5 ? "Nơi nhận: Chi bộ" : "");
        String result = step.apply(text);
        assertTrue(result.contains("Phụ lục kèm theo"));
        assertTrue(result.contains("Nơi nhận: Chi bộ"));
    }

    @Test
    void keeps_numbered_lines_whose_numbers_do_not_follow_the_pages() {
        String text = "Điều 1. Phạm vi\nnội dung a\fĐiều 2. Đối tượng\nnội dung b\fĐiều 3. Hiệu lực\nnội dung c"
                + "\fphần cuối\nnội dung d";
        assertEquals(text.replace('\f', '\n'), step.apply(text));
    }

    @Test
    void keeps_a_line_repeated_on_fewer_than_half_of_the_pages() {
        String text = fivePages(p -> p <= 2 ? "Mật" : "", p -> "");
        String result = step.apply(text);
        assertEquals(2, result.split("Mật", -1).length - 1);
    }

    @Test
    void keeps_identical_headings_of_a_two_page_text_but_removes_its_page_numbers() {
        String text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nQuyết định thứ nhất\nTrang 1\f"
                + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nQuyết định thứ hai\nTrang 2";
        assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nQuyết định thứ nhất\n"
                + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nQuyết định thứ hai", step.apply(text));
    }

    @Test
    void returns_text_without_page_breaks_itself() {
        String text = "Trang 1\nNội dung\nTrang 1";
        assertSame(text, step.apply(text));
    }
}

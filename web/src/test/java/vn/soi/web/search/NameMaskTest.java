package vn.soi.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.soi.web.pseudonym.Pseudonymizer;

class NameMaskTest {
    private final Pseudonymizer pseudonymizer = new Pseudonymizer(key());
    private final NameMask mask = NameMask.hiding(pseudonymizer,
            CorpusNames.withUnaccented(List.of("Nguyễn Văn An", "Lê Thị Hoa")));

    private static byte[] key() {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 7);
        return key;
    }

    @Test
    void a_name_split_by_highlight_marks_is_replaced_whole_and_stays_marked() {
        String pseudonym = pseudonymizer.pseudonym("Nguyễn Văn An");
        String html = mask.snippet("Đồng chí <b>Nguyễn</b> <b>Văn</b> An &amp; <b>khuyết</b> điểm");
        assertEquals("Đồng chí <b>" + pseudonym + "</b> &amp; <b>khuyết</b> điểm", html);
    }

    @Test
    void a_snippet_is_re_escaped_so_only_bold_marks_are_markup() {
        String html = NameMask.none().snippet("&lt;script&gt;x <b>a</b> <i>b</i> &quot;&#x27;");
        assertEquals("&lt;script&gt;x <b>a</b> &lt;i&gt;b&lt;/i&gt; &quot;&#x27;", html);
    }

    @Test
    void names_without_diacritics_are_hidden_too() {
        String text = mask.text("Báo cáo của nguyen van an và Lê Thị Hoa.");
        assertFalse(text.toLowerCase().contains("nguyen van an"), text);
        assertFalse(text.contains("Lê Thị Hoa"), text);
        assertTrue(text.contains(pseudonymizer.pseudonym("Lê Thị Hoa")), text);
    }

    @Test
    void no_mask_shows_names_and_a_known_name_field_becomes_its_pseudonym() {
        assertEquals("Nguyễn Văn An", NameMask.none().name("Nguyễn Văn An"));
        assertEquals(pseudonymizer.pseudonym("Nguyễn Văn An"), mask.name("Nguyễn Văn An"));
        assertEquals(Set.of("Lê Thị Hoa", "Le Thi Hoa"), CorpusNames.withUnaccented(List.of("Lê Thị Hoa")));
        assertEquals(Set.of("Hùng"), CorpusNames.withUnaccented(List.of("Hùng")), "one syllable: too risky");
    }
}

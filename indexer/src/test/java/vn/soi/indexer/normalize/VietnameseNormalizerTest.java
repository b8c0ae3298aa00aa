package vn.soi.indexer.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseNormalizerTest {

    private final VietnameseNormalizer normalizer = VietnameseNormalizer.standard();

    @Test
    void runs_the_steps_in_the_documented_order() {
        assertEquals(List.of("legacy-font", "invisible-characters", "precompose", "look-alike-letters", "tone-marks",
                "whitespace", "page-furniture", "line-end-hyphenation"),
                normalizer.steps().stream().map(NormalizationStep::name).toList());
        assertSame(normalizer, VietnameseNormalizer.standard());
    }

    @Test
    void normalises_a_whole_tcvn3_document_and_records_the_steps_that_changed_it() {
        String raw = "§¶ng bé x· T©n H\u00ADng\n\nB¸o c¸o kiÓm ®iÓm  \nUû ban  nh©n d©n.\nTrang 1\fTrang 2";
        NormalizedText result = normalizer.normalize(raw);
        assertEquals("Đảng bộ xã Tân Hưng\n\nBáo cáo kiểm điểm\nỦy ban nhân dân.", result.text());
        assertEquals(List.of("legacy-font", "tone-marks", "whitespace", "page-furniture"), result.steps());
    }

    @Test
    void normalises_a_vni_document_into_the_unicode_original() {
        String original = "Biên bản họp chi bộ\n\nĐồng chí Phạm Thị Lan, ủy viên, đã nêu khuyết điểm của tập thể.";
        NormalizedText result = normalizer.normalize(LegacyFontConverter.fromUnicode(original, LegacyEncoding.VNI));
        assertEquals(original, result.text());
        assertEquals(List.of("legacy-font"), result.steps());
    }

    @Test
    void keeps_the_tcvn3_u_horn_because_legacy_conversion_runs_before_soft_hyphen_removal() {
        assertEquals("Người được khen thưởng", normalizer.normalize("Ng\u00ADêi ®\u00ADîc khen th\u00ADëng").text());
    }

    @Test
    void removes_soft_hyphens_from_unicode_text() {
        NormalizedText result = normalizer.normalize("Người được khen thư\u00ADởng");
        assertEquals("Người được khen thưởng", result.text());
        assertEquals(List.of("invisible-characters"), result.steps());
    }

    @Test
    void repairs_eth_for_d_stroke_as_seed_000_writes_it() {
        NormalizedText result = normalizer.normalize("\u00D0ảng ủy và \u00D0oàn thanh niên; \u00F0ồng chí Hùng");
        assertEquals("Đảng ủy và Đoàn thanh niên; đồng chí Hùng", result.text());
        assertEquals(List.of("look-alike-letters"), result.steps());
    }

    @Test
    void composes_decomposed_old_style_text_and_moves_its_tones() {
        String nfd = Normalizer.normalize("Cộng hoà, uỷ viên, thuỷ lợi", Normalizer.Form.NFD);
        NormalizedText result = normalizer.normalize(nfd);
        assertEquals("Cộng hòa, ủy viên, thủy lợi", result.text());
        assertEquals(List.of("precompose", "tone-marks"), result.steps());
    }

    @Test
    void mends_a_word_hyphenated_across_a_page_break_after_removing_the_footer() {
        String raw = "Chi bộ tổ chức tự phê-\n- 1 -\fbình nghiêm túc.\n- 2 -\fKết luận.\n- 3 -";
        assertEquals("Chi bộ tổ chức tự phê bình nghiêm túc.\nKết luận.", normalizer.normalize(raw).text());
    }

    @Test
    void leaves_clean_text_unchanged_with_no_steps_recorded() {
        String text = "Đồng chí Nguyễn Thị Hòa, ủy viên Ban Thường vụ, tự xếp loại hoàn thành tốt nhiệm vụ.";
        NormalizedText result = normalizer.normalize(text);
        assertEquals(text, result.text());
        assertEquals(List.of(), result.steps());
    }

    @Test
    void rejects_null_text() {
        assertThrows(NullPointerException.class, () -> normalizer.normalize(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "§¶ng bé x· T©n H\u00ADng\f- 2 -",
        "Ñaûng uûy xaõ Taân Höng\nVieät Nam",
        "Uỷ ban\u00A0nhân\u200B dân   hoà-\nbình\f\fTrang 2/3\fTrang 3/3",
        "\u00D0ảng  \r\n\r\n\r\nphê-\nbình",
        "Hélène Côté à Besançon",
        ""
    })
    void is_idempotent_on_hand_written_inputs(String raw) {
        String once = normalizer.normalize(raw).text();
        NormalizedText twice = normalizer.normalize(once);
        assertEquals(once, twice.text());
        assertEquals(List.of(), twice.steps());
    }

    @Test
    void is_idempotent_on_random_mixtures_of_letters_marks_legacy_characters_and_spaces() {
        String[] pieces = {
            "a", "ă", "â", "đ", "ê", "ô", "ơ", "ư", "ế", "ủy", "uỷ", "hoà", "Việt", "người", "Đ", "Ð", "ð", " ", "  ",
            "\n", "\n\n", "\f", "\t", "\r\n", "\u00A0", "\u202F", "\u200B", "\uFEFF", "\u00AD", "-", "-\n", "\u0300",
            "\u0301", "\u0302", "\u0303", "\u0309", "\u0323", "\u0306", "\u031B", "§", "¶", "Ö", "®", "¬", "µ", "×",
            "aù", "Ñ", "ñ", "oâ", "ö", "ô", "eä", "1", "2024", "Trang 3", ".", ",", "A", "Q", "qu", "é", "à", "ç",
            "§¶ng", "ViÖt", "cña", "Ñaûng", "Vieät", "ñöôïc"
        };
        Random random = new Random(20250101L);
        for (int round = 0; round < 3000; round++) {
            StringBuilder raw = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                raw.append(pieces[random.nextInt(pieces.length)]);
            }
            String once = normalizer.normalize(raw.toString()).text();
            assertEquals(once, normalizer.normalize(once).text(), () -> "not idempotent on: " + escaped(raw));
        }
    }

    @Test
    void canonical_form_keeps_lines_and_legacy_looking_text() {
        assertEquals("Đảng ủy\n\nhòa  bình §¶", VietnameseNormalizer.canonical("Ðảng uỷ\n\nhoà\u00A0 bình §¶"));
    }

    @Test
    void canonical_form_composes_across_a_removed_zero_width_character() {
        assertEquals("có", VietnameseNormalizer.canonical("co\u200B\u0301"));
    }

    private static String escaped(CharSequence text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> out.append(cp < 0x20 || cp > 0x7E ? String.format("\\u%04X", cp)
                : String.valueOf((char) cp)));
        return out.toString();
    }
}

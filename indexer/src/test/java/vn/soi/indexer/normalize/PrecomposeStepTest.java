package vn.soi.indexer.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class PrecomposeStepTest {

    private final PrecomposeStep step = new PrecomposeStep();

    @Test
    void composes_fully_decomposed_text() {
        String nfd = Normalizer.normalize("Nghị quyết của Đảng ủy", Normalizer.Form.NFD);
        assertEquals("Nghị quyết của Đảng ủy", step.apply(nfd));
    }

    @Test
    void composes_windows_1258_letters_with_combining_tone_marks() {
        // Windows-1258 has ê, ơ, ư, ă precomposed and writes the five tones as combining marks.
        String cp1258 = "Vi\u00EA\u0323t Nam, ng\u01B0\u01A1\u0300i \u0111a\u0309ng vi\u00EAn, th\u0103\u0301ng";
        assertEquals("Việt Nam, người đảng viên, thắng", step.apply(cp1258));
    }

    @Test
    void composes_text_decoded_from_windows_1258_bytes() {
        byte[] bytes = {0x56, 0x69, (byte) 0xEA, (byte) 0xF2, 0x74};
        String decoded = new String(bytes, java.nio.charset.Charset.forName("windows-1258"));
        assertEquals("Việt", step.apply(decoded));
    }

    @Test
    void moves_a_tone_typed_before_the_circumflex() {
        assertEquals("kiến", step.apply("kie\u0301\u0302n"));
        assertEquals("kiến", step.apply("ki\u00E9\u0302n"));
    }

    @Test
    void composes_the_deprecated_tone_marks() {
        assertEquals("có", step.apply("co\u0341"));
    }

    @Test
    void returns_nfc_text_itself() {
        String text = "Hòa bình, ủy ban";
        assertSame(text, step.apply(text));
    }
}

package vn.soi.indexer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class VietnameseEncodingDetectorTest {

    @Test
    void takes_valid_utf8_as_utf8_even_when_the_sample_cuts_a_character() {
        byte[] bytes = "Đảng ủy".getBytes(StandardCharsets.UTF_8);

        assertEquals(StandardCharsets.UTF_8, VietnameseEncodingDetector.detect(bytes, false));
        assertEquals(StandardCharsets.UTF_8,
                VietnameseEncodingDetector.detect(Arrays.copyOf(bytes, bytes.length - 1), true));
    }

    @Test
    void takes_tone_marks_after_vowels_as_windows_1258() {
        byte[] bytes = Fixtures.windows1258Form("Chi bộ đã tổ chức kiểm điểm")
                .getBytes(VietnameseEncodingDetector.WINDOWS_1258);

        assertEquals(VietnameseEncodingDetector.WINDOWS_1258, VietnameseEncodingDetector.detect(bytes, false));
    }

    @Test
    void leaves_tcvn3_bytes_as_windows_1252_for_the_legacy_font_converter() {
        // "Đảng Cộng sản Việt Nam" typed in .VnTime: §¶ng Céng s¶n ViÖt Nam.
        byte[] bytes = "\u00a7\u00b6ng C\u00e9ng s\u00b6n Vi\u00d6t Nam".getBytes(VietnameseEncodingDetector.WINDOWS_1252);

        assertEquals(VietnameseEncodingDetector.WINDOWS_1252, VietnameseEncodingDetector.detect(bytes, false));
    }
}

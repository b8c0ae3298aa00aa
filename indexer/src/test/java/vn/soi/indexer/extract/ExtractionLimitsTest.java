package vn.soi.indexer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ExtractionLimitsTest {

    @Test
    void defaults_are_the_documented_values() {
        ExtractionLimits limits = ExtractionLimits.defaults();

        assertEquals(100L * 1024 * 1024, limits.maxBytes());
        assertEquals(5_000_000, limits.maxCharacters());
        assertEquals(3, limits.maxEmbeddedDepth());
        assertEquals(Duration.ofSeconds(120), limits.timeout());
        assertTrue(limits.ocr());
        assertEquals("vie+eng", limits.ocrLanguages());
    }

    @Test
    void rejects_bad_values_naming_the_setting() {
        ExtractionLimits limits = ExtractionLimits.defaults();

        assertEquals("maxBytes must be positive, was 0",
                assertThrows(IllegalArgumentException.class, () -> limits.withMaxBytes(0)).getMessage());
        assertEquals("maxCharacters must be positive, was -1",
                assertThrows(IllegalArgumentException.class, () -> limits.withMaxCharacters(-1)).getMessage());
        assertEquals("maxEmbeddedDepth must be 0 or more, was -2",
                assertThrows(IllegalArgumentException.class, () -> limits.withMaxEmbeddedDepth(-2)).getMessage());
        assertEquals("timeout must be positive, was PT0S",
                assertThrows(IllegalArgumentException.class, () -> limits.withTimeout(Duration.ZERO)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> limits.withOcrLanguages("vie eng"))
                .getMessage().contains("'vie eng'"));
    }

    @Test
    void withers_change_one_setting_only() {
        ExtractionLimits limits = ExtractionLimits.defaults().withMaxBytes(10).withOcr(false);

        assertEquals(10, limits.maxBytes());
        assertEquals(false, limits.ocr());
        assertEquals(ExtractionLimits.defaults().maxCharacters(), limits.maxCharacters());
    }
}

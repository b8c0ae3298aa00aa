package vn.soi.indexer.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LegacyEncodingTest {

    @ParameterizedTest
    @ValueSource(strings = {".VnTime", ".VnTimeH", ".VnArial", ".VnArialH", ".Vn3DH", ".vntime", ".VNTIMEH",
        " .VnAvant ", "VnTime", "VnArial"})
    void abc_font_names_are_tcvn3(String font) {
        assertEquals(Optional.of(LegacyEncoding.TCVN3), LegacyEncoding.forFontName(font));
    }

    @ParameterizedTest
    @ValueSource(strings = {"VNI-Times", "VNI-Helve", "vni-times", "VNI-Aptima", "VNI_Times", "VNI Times"})
    void vni_font_names_are_vni(String font) {
        assertEquals(Optional.of(LegacyEncoding.VNI), LegacyEncoding.forFontName(font));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Times New Roman", "Arial", "Calibri", "", ".Vn", "VNI", "Verdana", "Vni"})
    void unicode_and_unknown_font_names_have_no_legacy_encoding(String font) {
        assertEquals(Optional.empty(), LegacyEncoding.forFontName(font));
    }

    @Test
    void capitals_fonts_are_the_abc_fonts_ending_in_uppercase_h() {
        assertTrue(LegacyEncoding.isCapitalsFont(".VnTimeH"));
        assertTrue(LegacyEncoding.isCapitalsFont(".VnArialH"));
        assertTrue(LegacyEncoding.isCapitalsFont(".Vn3DH"));
        assertFalse(LegacyEncoding.isCapitalsFont(".VnTime"));
        assertFalse(LegacyEncoding.isCapitalsFont("VNI-TimesH"));
        assertFalse(LegacyEncoding.isCapitalsFont("Times New Roman"));
    }
}

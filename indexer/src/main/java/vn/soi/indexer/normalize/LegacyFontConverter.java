package vn.soi.indexer.normalize;

import java.util.Objects;

/**
 * Table-driven conversion between legacy-font text (TCVN3, VNI) and Unicode. The tables are the resources
 * {@code tcvn3.tsv} and {@code vni.tsv} of this package, read once.
 *
 * <p>Conversion is per character sequence and does not judge whether the text is legacy at all: callers that do not
 * know the font use {@link LegacyEncodingDetector} first. {@code toUnicode(fromUnicode(s, e), e)} equals the NFC form
 * of {@code s} for any text made of Vietnamese letters, ASCII and punctuation outside 0x80-0xFF.
 */
public final class LegacyFontConverter {

    private LegacyFontConverter() {
    }

    /** Legacy-font text (as extracted: Latin-1-looking characters) to Unicode NFC; characters not in the table stay. */
    public static String toUnicode(String legacy, LegacyEncoding encoding) {
        Objects.requireNonNull(legacy, "legacy");
        return LegacyTable.of(Objects.requireNonNull(encoding, "encoding")).toUnicode(legacy);
    }

    /**
     * Unicode to the characters a legacy font would hold (for test fixtures and the corpus generator). Characters the
     * encoding cannot write are left unchanged. TCVN3 toned capitals come out at their TCVN 5712 VN1 positions, some of
     * which are control characters; to imitate a real ABC document, write lowercase text in a {@code .VnTimeH} font.
     */
    public static String fromUnicode(String unicode, LegacyEncoding encoding) {
        Objects.requireNonNull(unicode, "unicode");
        return LegacyTable.of(Objects.requireNonNull(encoding, "encoding")).fromUnicode(unicode);
    }
}

package vn.soi.indexer.normalize;

/** SKELETON: table-driven conversion between legacy-font text and Unicode. */
public final class LegacyFontConverter {

    private LegacyFontConverter() {
    }

    /** Legacy-font text (as extracted, Latin-1 characters) to Unicode NFC. */
    public static String toUnicode(String legacy, LegacyEncoding encoding) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** Unicode to the characters a legacy font would hold (for test fixtures and the corpus generator). */
    public static String fromUnicode(String unicode, LegacyEncoding encoding) {
        throw new UnsupportedOperationException("skeleton");
    }
}

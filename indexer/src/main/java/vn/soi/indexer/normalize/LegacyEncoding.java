package vn.soi.indexer.normalize;

import java.util.Optional;

/** SKELETON: the legacy 8-bit Vietnamese font encodings whose text comes out of Word files as Latin-1 mojibake. */
public enum LegacyEncoding {
    TCVN3, VNI;

    /** The encoding implied by a font name (".VnTime", ".VnArialH", "VNI-Times"...), if any. */
    public static Optional<LegacyEncoding> forFontName(String fontName) {
        throw new UnsupportedOperationException("skeleton");
    }
}

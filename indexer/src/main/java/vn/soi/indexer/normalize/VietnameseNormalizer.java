package vn.soi.indexer.normalize;

/** SKELETON (to be replaced by the normalisation work): the fixed-order Vietnamese normalisation pipeline. */
public final class VietnameseNormalizer {

    /** The standard pipeline for whole documents. */
    public static VietnameseNormalizer standard() {
        return new VietnameseNormalizer();
    }

    /** Normalises a whole extracted document (legacy fonts, NFC, Đ, tone marks, spaces, hyphenation, page furniture). */
    public NormalizedText normalize(String raw) {
        throw new UnsupportedOperationException("skeleton");
    }

    /**
     * The character-level subset used wherever text is compared (queries, tokens, lexicons, models): NFC, look-alike
     * letters, canonical tone marks, invisible characters. Never changes the length of text that is already canonical.
     */
    public static String canonical(String text) {
        throw new UnsupportedOperationException("skeleton");
    }
}

package vn.soi.indexer.normalize;

import java.text.Normalizer;

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
     * The character-level normalisation used wherever text is compared (documents, queries, tokens, lexicons,
     * models): Unicode NFC, look-alike letters (U+00D0 Ð and U+00F0 ð for Đ and đ), invisible characters removed
     * (zero-width space and joiners, byte-order mark, word joiner, soft hyphen), no-break spaces as spaces, and the
     * canonical tone-mark placement of {@link ToneMarks}. Idempotent.
     */
    public static String canonical(String text) {
        String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = null;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            char replacement = switch (c) {
                case '\u00D0' -> '\u0110';
                case '\u00F0' -> '\u0111';
                case '\u00A0', '\u202F', '\u2007' -> ' ';
                case '\u200B', '\u200C', '\u200D', '\uFEFF', '\u2060', '\u00AD' -> '\0';
                default -> c;
            };
            if (replacement != c && out == null) {
                out = new StringBuilder(nfc.length()).append(nfc, 0, i);
            }
            if (out != null && replacement != '\0') {
                out.append(replacement);
            }
        }
        return ToneMarks.canonical(out == null ? nfc : out.toString());
    }
}

package vn.soi.indexer.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.soi.indexer.normalize.LegacyEncoding;

/**
 * The raw text of one file, before normalisation, and how it was obtained.
 *
 * @param text           the extracted text; PDF pages are separated by a form feed {@code '\f'}; not yet normalised
 *                       (combining marks, tone placement and page furniture are left for the normaliser)
 * @param mediaType      the detected media type without parameters, e.g. {@code application/pdf}
 * @param parser         fully qualified class name of the Tika parser that read the file, e.g.
 *                       {@code org.apache.tika.parser.pdf.PDFParser}
 * @param ocr            whether Tesseract OCR produced some of the text
 * @param legacyEncoding the legacy font encoding whose runs were converted to Unicode, or {@code null} when none was
 *                       (use {@link #legacyEncodingIfAny()})
 * @param notes          what a reader of provenance should know: the charset a text file was decoded with, embedded
 *                       documents skipped, runs converted from legacy fonts, pages read by OCR...
 */
public record ExtractedText(String text, String mediaType, String parser, boolean ocr, LegacyEncoding legacyEncoding,
                            List<String> notes) {

    /** Checks that text, media type and parser are present and copies the notes. */
    public ExtractedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(parser, "parser");
        if (mediaType.isBlank()) {
            throw new IllegalArgumentException("mediaType must not be blank");
        }
        notes = List.copyOf(notes);
    }

    /** The legacy encoding converted from, if the text came from legacy-font runs. */
    public Optional<LegacyEncoding> legacyEncodingIfAny() {
        return Optional.ofNullable(legacyEncoding);
    }
}

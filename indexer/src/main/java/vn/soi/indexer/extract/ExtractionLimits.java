package vn.soi.indexer.extract;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The per-file limits and OCR settings of an {@link Extractor}. Immutable; every setting is named, has a documented
 * default ({@link #defaults()}) and is checked here, so a bad value fails when the extractor is configured, not in the
 * middle of an ingest run.
 *
 * @param maxBytes         largest file accepted, in bytes; a larger file is refused before parsing with
 *                         {@link ExtractionFailure#TOO_LARGE}. Default {@value #DEFAULT_MAX_BYTES} (100 MB).
 * @param maxCharacters    most characters of text one file may yield (embedded documents included); more is refused
 *                         with {@link ExtractionFailure#TOO_MANY_CHARACTERS}. Default {@value #DEFAULT_MAX_CHARACTERS}.
 * @param maxEmbeddedDepth deepest level of embedded documents that is parsed (0: only the file itself; 1: its
 *                         attachments; 2: their attachments...). Deeper documents are skipped and a note says so.
 *                         Default {@value #DEFAULT_MAX_EMBEDDED_DEPTH}.
 * @param timeout          longest time one file may take, OCR included; a slower file is abandoned with
 *                         {@link ExtractionFailure#TIMEOUT}. Default 120 seconds.
 * @param ocr              whether Tesseract reads images and PDF pages without a text layer. Default on.
 * @param ocrLanguages     Tesseract languages joined by '+', e.g. {@value #DEFAULT_OCR_LANGUAGES} (the default).
 */
public record ExtractionLimits(long maxBytes, int maxCharacters, int maxEmbeddedDepth, Duration timeout, boolean ocr,
                               String ocrLanguages) {

    /** Default of {@link #maxBytes()}: 100 MB. */
    public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;
    /** Default of {@link #maxCharacters()}: five million characters, about 2,000 pages. */
    public static final int DEFAULT_MAX_CHARACTERS = 5_000_000;
    /** Default of {@link #maxEmbeddedDepth()}. */
    public static final int DEFAULT_MAX_EMBEDDED_DEPTH = 3;
    /** Default of {@link #timeout()}: 120 seconds per file. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
    /** Default of {@link #ocrLanguages()}: Vietnamese, then English. */
    public static final String DEFAULT_OCR_LANGUAGES = "vie+eng";

    private static final Pattern LANGUAGES = Pattern.compile("[a-z][a-z_]*(\\+[a-z][a-z_]*)*");

    /** Validates every setting; the message names the setting and the bad value. */
    public ExtractionLimits {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        if (maxCharacters <= 0) {
            throw new IllegalArgumentException("maxCharacters must be positive, was " + maxCharacters);
        }
        if (maxEmbeddedDepth < 0) {
            throw new IllegalArgumentException("maxEmbeddedDepth must be 0 or more, was " + maxEmbeddedDepth);
        }
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        Objects.requireNonNull(ocrLanguages, "ocrLanguages");
        if (!LANGUAGES.matcher(ocrLanguages).matches()) {
            throw new IllegalArgumentException(
                    "ocrLanguages must be Tesseract language codes joined by '+', e.g. vie+eng, was '" + ocrLanguages
                            + "'");
        }
    }

    /** The documented defaults: 100 MB, 5,000,000 characters, depth 3, 120 s, OCR on in {@code vie+eng}. */
    public static ExtractionLimits defaults() {
        return new ExtractionLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARACTERS, DEFAULT_MAX_EMBEDDED_DEPTH,
                DEFAULT_TIMEOUT, true, DEFAULT_OCR_LANGUAGES);
    }

    /** A copy with another {@link #maxBytes()}. */
    public ExtractionLimits withMaxBytes(long value) {
        return new ExtractionLimits(value, maxCharacters, maxEmbeddedDepth, timeout, ocr, ocrLanguages);
    }

    /** A copy with another {@link #maxCharacters()}. */
    public ExtractionLimits withMaxCharacters(int value) {
        return new ExtractionLimits(maxBytes, value, maxEmbeddedDepth, timeout, ocr, ocrLanguages);
    }

    /** A copy with another {@link #maxEmbeddedDepth()}. */
    public ExtractionLimits withMaxEmbeddedDepth(int value) {
        return new ExtractionLimits(maxBytes, maxCharacters, value, timeout, ocr, ocrLanguages);
    }

    /** A copy with another {@link #timeout()}. */
    public ExtractionLimits withTimeout(Duration value) {
        return new ExtractionLimits(maxBytes, maxCharacters, maxEmbeddedDepth, value, ocr, ocrLanguages);
    }

    /** A copy with OCR switched on or off. */
    public ExtractionLimits withOcr(boolean value) {
        return new ExtractionLimits(maxBytes, maxCharacters, maxEmbeddedDepth, timeout, value, ocrLanguages);
    }

    /** A copy with other {@link #ocrLanguages()}. */
    public ExtractionLimits withOcrLanguages(String value) {
        return new ExtractionLimits(maxBytes, maxCharacters, maxEmbeddedDepth, timeout, ocr, value);
    }
}

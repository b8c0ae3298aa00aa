/**
 * Extraction: from a file to its raw text with Apache Tika 3, under per-file limits.
 *
 * <p>{@link vn.soi.indexer.extract.Extractor} reads one file into an {@link vn.soi.indexer.extract.ExtractedText}
 * (text, media type, parser, whether OCR ran, legacy font encoding converted, notes) or fails with an
 * {@link vn.soi.indexer.extract.ExtractionException} whose {@link vn.soi.indexer.extract.ExtractionFailure} names the
 * reason (too large, too much text, timeout, zip bomb, encrypted, corrupt, unsupported, empty, unreadable).
 * {@link vn.soi.indexer.extract.ExtractionLimits} holds the limits and OCR settings with their defaults.
 *
 * <p>The text is not normalised here: combining marks, tone placement, look-alike letters and page headers are the
 * work of {@code vn.soi.indexer.normalize}. PDF pages are separated by {@code '\f'} for it.
 */
package vn.soi.indexer.extract;

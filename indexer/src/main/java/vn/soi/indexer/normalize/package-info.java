/**
 * Vietnamese text normalisation: legacy-font repair (TCVN3, VNI), invisible characters, Unicode NFC, look-alike
 * letters, one canonical tone-mark placement, whitespace, page furniture and line-end hyphenation, each a small
 * {@link vn.soi.indexer.normalize.NormalizationStep} applied in a fixed order by
 * {@link vn.soi.indexer.normalize.VietnameseNormalizer}. Conversion tables and syllable data are resources of this
 * package. Design notes: {@code docs/design/normalisation.md} and {@code docs/design/tone-marks.md}.
 */
package vn.soi.indexer.normalize;

/**
 * Lucene analysis for Vietnamese, built from small pieces that each have an SPI factory: the canonical-form char
 * filter (the same normalisation as ingest, with exact offsets back into the original), the syllable tokenizer, the
 * diacritic-folding filter, and the two analyzers assembled from them ({@link
 * vn.soi.indexer.index.analysis.VietnameseAnalyzer} for exact fields, {@link
 * vn.soi.indexer.index.analysis.VietnameseFoldingAnalyzer} for the diacritic-insensitive companions). There is
 * deliberately no stop-word filter.
 */
package vn.soi.indexer.index.analysis;

/**
 * The corpus family of signals: copies between reports of different people ({@link vn.soi.analyzer.corpus.CopiedReport},
 * MinHash with LSH banding, confirmed by shingle overlap), year-over-year repetition by the same person or collective
 * ({@link vn.soi.analyzer.corpus.YearOverYearCopy}, stickiness) and boilerplate relative to the cohort
 * ({@link vn.soi.analyzer.corpus.Boilerplate}, Lang &amp; Stice-Lawrence). The template's headings and stock phrases
 * ({@code seeds/signals/corpus/template-phrases.txt}) are removed before any comparison. Per report the signals keep
 * hashes, samples and offsets, not texts (except the deflated text kept by the boilerplate signal for its quotes).
 */
package vn.soi.analyzer.corpus;

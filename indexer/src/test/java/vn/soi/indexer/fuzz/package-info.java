/**
 * Fuzz targets (Jazzer {@code @FuzzTest}) and hostile-input tests for the indexer: the normaliser, the legacy-font
 * converters, the structure readers, the register reader, the query parser and the extractor.
 *
 * <p>Plain {@code mvn test} runs every fuzz target once per input of its regression corpus
 * ({@code src/test/resources/vn/soi/indexer/fuzz/<TestClass>Inputs/<method>/}); {@code JAZZER_FUZZ=1} with
 * {@code -Dtest=Class#method} fuzzes one target (see {@code docs/reliability.md}).
 */
package vn.soi.indexer.fuzz;

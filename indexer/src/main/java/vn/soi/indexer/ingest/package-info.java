/**
 * The ingest path: walking the input, the per-file pipeline (extract, normalise, classify, structure), the store of
 * originals, and the run summary. A failure on one file is recorded and never touches the others.
 */
package vn.soi.indexer.ingest;

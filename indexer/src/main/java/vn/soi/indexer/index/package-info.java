/**
 * The search index: its schema ({@link vn.soi.indexer.index.IndexSchema}, every field name in one place), the
 * per-field analyzers ({@link vn.soi.indexer.index.SchemaAnalyzers}), writing and reading documents
 * ({@link vn.soi.indexer.index.DocumentIndex}), and searching with facets and highlighted snippets
 * ({@link vn.soi.indexer.index.SearchService}, {@link vn.soi.indexer.index.SearchRequest},
 * {@link vn.soi.indexer.index.SearchResult}). The Vietnamese analysis chain lives in the {@code analysis}
 * sub-package.
 */
package vn.soi.indexer.index;

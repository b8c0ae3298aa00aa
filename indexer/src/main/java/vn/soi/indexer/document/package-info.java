/**
 * The document model: what a file becomes once parsed ({@link vn.soi.indexer.document.ParsedDocument}), its type,
 * its parts ({@link vn.soi.indexer.document.Section}) and fields, the rating levels, and the classification and
 * structure readers that fill them in.
 */
package vn.soi.indexer.document;

/**
 * The document model and the reading of a document's structure.
 *
 * <p>The model: {@link vn.soi.indexer.document.ParsedDocument} with its
 * {@link vn.soi.indexer.document.Classification}, {@link vn.soi.indexer.document.ExtractedField}s,
 * {@link vn.soi.indexer.document.Section}s and {@link vn.soi.indexer.document.Opinion}s; every offset points into the
 * normalised text.
 *
 * <p>Reading: {@link vn.soi.indexer.document.DocumentClassifier} decides the
 * {@link vn.soi.indexer.document.DocumentType} from weighted cue phrases (title lines weigh far more than body
 * mentions); {@link vn.soi.indexer.document.StructureExtractor} hands the text to the
 * {@link vn.soi.indexer.document.StructureReader} of its type (reports, minutes, decisions), which returns a
 * {@link vn.soi.indexer.document.DocumentStructure}. Parts are found by a line-level pass over heading cue phrases;
 * dates, ratings, points, votes, positions and units by the TokensRegex rules of {@code vn.soi.indexer.nlp.rules},
 * run only on header blocks, the self-rating part and trigger lines. Cue phrases, labels and rules are data in
 * {@code seeds/lexicons} and {@code seeds/rules}. The readers expect text already normalised (NFC, canonical tone
 * marks, 'Đ') and never normalise it themselves.
 */
package vn.soi.indexer.document;

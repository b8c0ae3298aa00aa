/**
 * Vietnamese word segmentation: our implementation of VnCoreNLP's RDRsegmenter reading VnCoreNLP's published model.
 *
 * <ul>
 *   <li>{@link vn.soi.indexer.nlp.segment.WordSegmenter}: load once from VnCoreNLP's {@code models} folder, then
 *       {@code segment}, {@code segmentText}, {@code segmentToString} (VnCoreNLP's {@code Ủy_ban nhân_dân} format) or
 *       the core {@code wordStarts} over syllables;</li>
 *   <li>{@link vn.soi.indexer.nlp.segment.SyllableTokenizer}: text to syllable, number and punctuation tokens with
 *       offsets, and sentences;</li>
 *   <li>{@link vn.soi.indexer.nlp.segment.ModelLocation}: the {@code --vncorenlp-models} option, then the
 *       {@code SOI_VNCORENLP_MODELS} environment variable; without a model Soi works on syllables;</li>
 *   <li>{@link vn.soi.indexer.nlp.segment.SegmentationEvaluator}: precision, recall, F1 and speed against a CoNLL-U
 *       gold file ({@code soi segment --evaluate});</li>
 *   <li>{@link vn.soi.indexer.nlp.segment.WordSegmentationAnnotator}: the same as a CoreNLP annotator.</li>
 * </ul>
 *
 * <p>The model's vocabulary is a Java-serialised set and is read through a strict deserialisation filter. The word
 * lists that the original keeps in Java code (names, places, countries, companies, sentence-initial words,
 * abbreviations) are our own, in resources beside these classes.
 */
package vn.soi.indexer.nlp.segment;

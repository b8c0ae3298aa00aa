/**
 * People, positions and units in Vietnamese text, with offsets: the entities that link a report to a discipline
 * decision and a rating row, and that search offers as facets.
 *
 * <ul>
 *   <li>{@link vn.soi.indexer.nlp.entity.EntityRecognizer}: {@code standard()} once, then {@code find(text)} gives
 *       {@link vn.soi.indexer.nlp.entity.Entity} records ({@link vn.soi.indexer.nlp.entity.EntityKind} PERSON,
 *       POSITION, UNIT); {@code positionRole} gives the side and leadership level of a position
 *       ({@link vn.soi.indexer.nlp.entity.PositionRole}); {@code withSegmenter} lets the VnCoreNLP word segmenter
 *       extend the words of unit names;</li>
 *   <li>{@link vn.soi.indexer.nlp.entity.AnnotatedText} reads gold entities written inline
 *       ({@code [PERSON Nguyễn Văn An]}) and {@link vn.soi.indexer.nlp.entity.EntityEvaluator} scores a recogniser
 *       against them (exact spans; precision and recall per kind).</li>
 * </ul>
 *
 * <p>Rules are Java mechanisms; the words are data: {@code seeds/lexicons/positions.tsv} (posts with side and level),
 * {@code seeds/lexicons/unit-kinds.tsv} (words that open unit names), {@code seeds/lexicons/person-titles.tsv}
 * (titles, place cues, names that are never people), the segmenter's family, middle and place names, and two technical
 * lists in this package's resources (syllables that end a unit name, words that continue one).
 */
package vn.soi.indexer.nlp.entity;

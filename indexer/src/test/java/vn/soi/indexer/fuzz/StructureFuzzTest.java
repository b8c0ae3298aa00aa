package vn.soi.indexer.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

import vn.soi.indexer.document.Classification;
import vn.soi.indexer.document.DocumentClassifier;
import vn.soi.indexer.document.DocumentStructure;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.ExtractedField;
import vn.soi.indexer.document.Opinion;
import vn.soi.indexer.document.Section;
import vn.soi.indexer.document.StructureExtractor;
import vn.soi.indexer.normalize.VietnameseNormalizer;

/**
 * The classifier and the structure reader of every document type take any normalised text: no exception, every
 * offset inside the text, parts ordered and not overlapping (and items inside their part, in order). The first line
 * of the input doubles as the file name. Regression inputs: {@code StructureFuzzTestInputs/<method>/}.
 */
class StructureFuzzTest {

    private static final DocumentClassifier CLASSIFIER = DocumentClassifier.standard();
    private static final StructureExtractor READER = StructureExtractor.standard();

    @FuzzTest(maxDuration = "2m")
    void classifier_and_every_structure_reader_keep_their_offsets_inside_the_text(byte[] data) {
        String raw = FuzzText.decode(data);
        String text = VietnameseNormalizer.standard().normalize(raw).text();
        int newline = raw.indexOf('\n');
        String fileName = newline < 0 ? raw : raw.substring(0, newline);

        Classification classification = CLASSIFIER.classify(text, fileName);
        assertNotNull(classification.type());
        assertTrue(classification.confidence() >= 0 && classification.confidence() <= 1, classification::toString);

        for (DocumentType type : DocumentType.values()) {
            DocumentStructure structure = READER.read(text, type);
            String where = type + " of " + NormalizerFuzzTest.escaped(text);
            for (ExtractedField field : structure.fields()) {
                assertTrue(field.start() == -1 && field.end() == -1
                        || field.start() >= 0 && field.end() <= text.length(), () -> field + " outside " + where);
            }
            assertPartsInside(structure.sections(), 0, text.length(), where);
            for (Opinion opinion : structure.opinions()) {
                assertTrue(opinion.end() <= text.length(), () -> opinion + " outside " + where);
            }
            assertNotNull(structure.warnings());
        }
    }

    /** Parts lie within {@code [from, to)}, in order, none overlapping the next; so do their items, recursively. */
    private static void assertPartsInside(List<Section> parts, int from, int to, String where) {
        int previousEnd = from;
        for (Section part : parts) {
            int floor = previousEnd;
            assertTrue(part.start() >= floor && part.end() <= to,
                    () -> part.kind() + " [" + part.start() + ", " + part.end() + ") not within [" + floor + ", " + to
                            + ") in " + where);
            assertPartsInside(part.items(), part.start(), part.end(), where);
            previousEnd = part.end();
        }
    }
}

package vn.soi.indexer.nlp.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scoring against CoNLL-U gold files written by the test, with a small model written by the test. */
class SegmentationEvaluatorTest {

    private static final String GOLD = """
            # sent_id = 1
            # text = Chi bộ họp .
            1\tChi bộ\tchi bộ\tNOUN\tN\t_\t2\tnsubj\t_\t_
            2\thọp\thọp\tVERB\tV\t_\t0\troot\t_\t_
            3\t.\t.\tPUNCT\tPUNCT\t_\t2\tpunct\t_\t_

            # text = nhân dân làm việc _
            1-2\tnhân dân\t_\t_\t_\t_\t_\t_\t_\t_
            1\tnhân_dân\tnhân dân\tNOUN\tN\t_\t2\tnsubj\t_\t_
            2\tlàm\tlàm\tVERB\tV\t_\t0\troot\t_\t_
            2.1\tgì\tgì\tPRON\tP\t_\t_\t_\t_\t_
            3\tviệc\tviệc\tNOUN\tN\t_\t2\tobj\t_\t_
            4\t_\t_\tPUNCT\tPUNCT\t_\t2\tpunct\t_\t_
            """;

    @Test
    void reads_spaced_and_underscored_forms_skipping_ranges_and_empty_nodes(@TempDir Path dir) throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.conllu"), GOLD);
        List<SegmentationEvaluator.GoldSentence> sentences = SegmentationEvaluator.read(gold);
        assertEquals(2, sentences.size());
        assertEquals(List.of("Chi", "bộ", "họp", "."), sentences.get(0).syllables());
        assertArrayEquals(new boolean[] {true, false, true, true}, sentences.get(0).starts());
        assertEquals(List.of("nhân", "dân", "làm", "việc", "_"), sentences.get(1).syllables());
        assertArrayEquals(new boolean[] {true, false, true, true, true}, sentences.get(1).starts());
    }

    @Test
    void scores_word_spans_exactly() {
        boolean[] gold = {true, false, true, true, false, true};
        boolean[] predicted = {true, false, true, false, false, true};
        // gold words [0,2) [2,3) [3,5) [5,6); predicted [0,2) [2,5) [5,6): two in common.
        assertEquals(2, SegmentationEvaluator.matchingSpans(gold, predicted));
        assertEquals(4, SegmentationEvaluator.matchingSpans(gold, gold));
    }

    @Test
    void reports_precision_recall_f1_and_speed_as_table_and_json(@TempDir Path dir) throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.conllu"), GOLD);
        WordSegmenter segmenter = WordSegmenter.load(TinyModel.write(dir, TinyModel.RULES,
                new HashSet<>(Set.of("chi bộ", "làm việc"))));
        SegmentationReport report = new SegmentationEvaluator(segmenter, Duration.ofMillis(20)).evaluate(gold);
        // gold:      Chi_bộ họp . | nhân_dân làm việc _
        // predicted: Chi_bộ họp . | nhân dân làm_việc _   -> 4 of the 7 predicted words are gold words
        assertEquals(2, report.sentences());
        assertEquals(9, report.syllables());
        assertEquals(7, report.goldWords());
        assertEquals(7, report.predictedWords());
        assertEquals(4, report.correctWords());
        assertEquals(4.0 / 7, report.precision(), 1e-9);
        assertEquals(4.0 / 7, report.recall(), 1e-9);
        assertEquals(4.0 / 7, report.f1(), 1e-9);
        assertTrue(report.syllablesPerSecond() > 0);
        assertTrue(report.toTable().contains("F1                                57.14%"), report.toTable());
        JsonNode json = new ObjectMapper().readTree(report.toJson());
        assertEquals(4, json.get("correctWords").asInt());
        assertEquals(4.0 / 7, json.get("recall").asDouble(), 1e-9);
        assertTrue(json.has("syllablesPerSecond"));
        assertTrue(json.get("clock").asText().matches("thread-cpu|wall"), report.toJson());
    }
}

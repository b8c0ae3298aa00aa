package vn.soi.indexer.nlp.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.soi.indexer.nlp.segment.WordSegmenter;

/** The recogniser with the published VnCoreNLP model (from {@code soi.shared}); skipped when the model is absent. */
class SegmentedEntityTest {

    private static EntityRecognizer recognizer;

    @BeforeAll
    static void load() throws IOException {
        String shared = System.getProperty("soi.shared");
        Path models = shared == null ? null : Path.of(shared, "vncorenlp", "models");
        assumeTrue(models != null && Files.isDirectory(models),
                "VnCoreNLP model not found (system property soi.shared + /vncorenlp/models): skipping");
        recognizer = EntityRecognizer.standard().withSegmenter(WordSegmenter.load(models));
    }

    @Test
    void reads_unit_names_with_the_segmenter() {
        List<String> units = recognizer.find("Phòng Giáo dục và Đào tạo thay đổi mẫu biểu; Sở Tài chính tỉnh "
                + "Bình Lâm hướng dẫn.").stream().filter(e -> e.kind() == EntityKind.UNIT).map(Entity::text).toList();
        assertEquals(List.of("Phòng Giáo dục và Đào tạo", "Sở Tài chính tỉnh Bình Lâm"), units);
    }

    @Test
    void scores_at_least_95_percent_per_kind_on_the_annotated_set() {
        EntityEvaluator.Result result = EntityEvaluator.evaluate(recognizer, EntityEvaluationTest.documents());
        System.out.print(result.table());
        result.errors().forEach(System.out::println);
        for (EntityKind kind : EntityKind.values()) {
            EntityScore score = result.score(kind);
            assertTrue(score.precision() >= 0.95 && score.recall() >= 0.95, kind + "\n" + result.table());
        }
    }
}

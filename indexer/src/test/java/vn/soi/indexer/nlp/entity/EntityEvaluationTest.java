package vn.soi.indexer.nlp.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall per kind (exact spans) on the hand-annotated documents of {@code test-documents/entities/}; its
 * README gives the annotation guide and how much the recogniser was tuned on them.
 */
class EntityEvaluationTest {

    static final String FOLDER = "/test-documents/entities/";
    static final List<String> DOCUMENTS = List.of("individual-report-finance.txt", "individual-report-hospital.txt",
            "collective-report-commune.txt", "minutes-school.txt", "minutes-company.txt", "decision-discipline.txt",
            "decision-rating-and-notice.txt", "register-ratings.txt", "collective-report-school.txt",
            "minutes-ward.txt", "individual-report-teacher.txt");

    private static EntityEvaluator.Result result;

    static List<AnnotatedText> documents() {
        List<AnnotatedText> out = new ArrayList<>();
        for (String name : DOCUMENTS) {
            try (InputStream in = EntityEvaluationTest.class.getResourceAsStream(FOLDER + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing test document " + FOLDER + name);
                }
                out.add(AnnotatedText.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
        }
        return out;
    }

    @BeforeAll
    static void evaluate() {
        result = EntityEvaluator.evaluate(EntityRecognizer.standard(), documents());
        System.out.print(result.table());
        result.errors().forEach(System.out::println);
    }

    @Test
    void the_set_holds_at_least_300_mentions() {
        int gold = documents().stream().mapToInt(d -> d.gold().size()).sum();
        assertTrue(gold >= 300, "only " + gold + " annotated mentions");
    }

    @Test
    void people_are_found_with_precision_and_recall_of_at_least_95_percent() {
        assertGood(EntityKind.PERSON);
    }

    @Test
    void positions_are_found_with_precision_and_recall_of_at_least_95_percent() {
        assertGood(EntityKind.POSITION);
    }

    @Test
    void units_are_found_with_precision_and_recall_of_at_least_95_percent() {
        assertGood(EntityKind.UNIT);
    }

    private static void assertGood(EntityKind kind) {
        EntityScore score = result.score(kind);
        assertTrue(score.precision() >= 0.95 && score.recall() >= 0.95, kind + ": precision " + score.precision()
                + ", recall " + score.recall() + "\n" + result.table());
    }
}

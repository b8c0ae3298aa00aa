package vn.soi.indexer.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

import vn.soi.indexer.normalize.NormalizedText;
import vn.soi.indexer.normalize.VietnameseNormalizer;

/**
 * The normaliser takes any string: it never throws, and both the document pipeline and the canonical form are
 * idempotent. Regression inputs: {@code NormalizerFuzzTestInputs/<method>/}.
 */
class NormalizerFuzzTest {

    private static final VietnameseNormalizer NORMALIZER = VietnameseNormalizer.standard();

    @FuzzTest(maxDuration = "2m")
    void normalising_twice_changes_nothing(byte[] data) {
        String raw = FuzzText.decode(data);

        NormalizedText once = NORMALIZER.normalize(raw);
        NormalizedText twice = NORMALIZER.normalize(once.text());

        assertEquals(once.text(), twice.text(), () -> "not idempotent on " + escaped(raw));
        assertEquals(List.of(), twice.steps(), () -> "steps changed normalised text " + escaped(raw));
        List<String> names = NORMALIZER.steps().stream().map(step -> step.name()).toList();
        assertTrue(names.containsAll(once.steps()), once.steps()::toString);
    }

    @FuzzTest(maxDuration = "2m")
    void canonical_form_is_a_fixed_point(byte[] data) {
        String text = FuzzText.decode(data);

        String canonical = VietnameseNormalizer.canonical(text);

        assertEquals(canonical, VietnameseNormalizer.canonical(canonical), () -> "not idempotent on " + escaped(text));
    }

    /** The input as Java escapes, so that a failure message shows invisible and broken characters. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c)
                : String.format("\\u%04X", c)));
        return out.append('"').toString();
    }
}

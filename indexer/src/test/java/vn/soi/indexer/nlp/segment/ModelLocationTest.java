package vn.soi.indexer.nlp.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolution order of the model setting and loading through it. */
class ModelLocationTest {

    @Test
    void prefers_the_option_then_the_environment_then_nothing() {
        Map<String, String> env = Map.of(ModelLocation.ENVIRONMENT_VARIABLE, "/from/env");
        assertEquals(new ModelLocation(Path.of("/from/option"), ModelLocation.Source.OPTION),
                ModelLocation.resolve("/from/option", env));
        assertEquals(new ModelLocation(Path.of("/from/env"), ModelLocation.Source.ENVIRONMENT),
                ModelLocation.resolve("  ", env));
        ModelLocation none = ModelLocation.resolve(null, Map.of());
        assertEquals(ModelLocation.Source.NONE, none.source());
        assertTrue(none.describe().startsWith("Tách từ: tắt"), none.describe());
    }

    @Test
    void gives_no_segmenter_without_a_model() throws IOException {
        assertTrue(ModelLocation.resolve(null, Map.of()).segmenter().isEmpty());
    }

    @Test
    void loads_a_model_once_per_folder(@TempDir Path dir) throws IOException {
        Path models = TinyModel.write(dir, TinyModel.RULES, new HashSet<>(Set.of("nhân dân")));
        ModelLocation location = ModelLocation.resolve(models.toString(), Map.of());
        WordSegmenter first = location.segmenter().orElseThrow();
        assertSame(first, ModelLocation.resolve(null, Map.of(ModelLocation.ENVIRONMENT_VARIABLE,
                models.toString())).segmenter().orElseThrow());
        assertEquals("nhân_dân", first.segmentToString("nhân dân").strip());
    }

    @Test
    void fails_when_the_given_folder_holds_no_model(@TempDir Path dir) {
        ModelLocation location = ModelLocation.resolve(dir.toString(), Map.of());
        assertThrows(IOException.class, location::segmenter);
    }

    @Test
    void rejects_a_folder_without_a_source() {
        assertThrows(IllegalArgumentException.class,
                () -> new ModelLocation(Path.of("x"), ModelLocation.Source.NONE));
    }
}

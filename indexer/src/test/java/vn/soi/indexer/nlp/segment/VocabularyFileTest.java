package vn.soi.indexer.nlp.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Safe reading of the serialised vocabulary. */
class VocabularyFileTest {

    @Test
    void reads_a_serialised_hash_set_of_strings(@TempDir Path dir) throws IOException {
        Path models = TinyModel.write(dir, TinyModel.RULES, new HashSet<>(Set.of("nhân dân", "làm việc")));
        Set<String> words = VocabularyFile.read(models.resolve("wordsegmenter/vi-vocab"));
        assertEquals(Set.of("nhân dân", "làm việc"), words);
    }

    @Test
    void refuses_an_array_list_naming_the_file_and_the_class(@TempDir Path dir) throws IOException {
        Path models = TinyModel.write(dir, TinyModel.RULES, new ArrayList<>(List.of("nhân dân")));
        IOException e = assertThrows(IOException.class, () -> WordSegmenter.load(models));
        assertTrue(e.getMessage().contains("vi-vocab"), e.getMessage());
        assertTrue(e.getMessage().contains("java.util.ArrayList"), e.getMessage());
        assertTrue(e.getMessage().contains("refused"), e.getMessage());
    }

    @Test
    void refuses_a_hash_map(@TempDir Path dir) throws IOException {
        HashMap<String, String> map = new HashMap<>();
        map.put("nhân dân", "x");
        Path models = TinyModel.write(dir, TinyModel.RULES, map);
        IOException e = assertThrows(IOException.class,
                () -> VocabularyFile.read(models.resolve("wordsegmenter/vi-vocab")));
        assertTrue(e.getMessage().contains("java.util.HashMap"), e.getMessage());
    }

    @Test
    void refuses_a_hash_set_holding_another_class(@TempDir Path dir) throws IOException {
        HashSet<Object> set = new HashSet<>();
        set.add("nhân dân");
        set.add(42);
        Path models = TinyModel.write(dir, TinyModel.RULES, set);
        IOException e = assertThrows(IOException.class,
                () -> VocabularyFile.read(models.resolve("wordsegmenter/vi-vocab")));
        assertTrue(e.getMessage().contains("java.lang.Integer"), e.getMessage());
    }

    @Test
    void refuses_a_file_that_is_not_a_serialisation_stream(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("vi-vocab"), "nhân dân\nlàm việc\n");
        IOException e = assertThrows(IOException.class, () -> VocabularyFile.read(file));
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
    }
}

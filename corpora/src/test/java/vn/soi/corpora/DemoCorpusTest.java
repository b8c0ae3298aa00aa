package vn.soi.corpora;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.soi.indexer.extract.ExtractedText;
import vn.soi.indexer.extract.ExtractionLimits;
import vn.soi.indexer.extract.Extractor;
import vn.soi.indexer.normalize.LegacyEncoding;
import vn.soi.indexer.normalize.VietnameseNormalizer;

/** The committed demo ({@code corpora/demo}) is exactly what {@link DemoCorpus} generates, and it shows every signal. */
class DemoCorpusTest {

    private static final Path DEMO = Path.of("demo");

    @Test
    void committed_labels_are_reproduced_by_the_generator(@TempDir Path tmp) throws Exception {
        Path labels = tmp.resolve("labels.json");
        new CorpusGenerator().writeLabels(DemoCorpus.options(tmp), labels);
        assertArrayEquals(Files.readAllBytes(DEMO.resolve("labels.json")), Files.readAllBytes(labels),
                "corpora/demo drifted from DemoCorpus: regenerate it (see corpora/README.md)");
    }

    @Test
    void committed_text_files_match_the_generated_text() throws Exception {
        int checked = 0;
        int scans = 0;
        try (Stream<GeneratedDocument> docs = new CorpusGenerator().stream(DemoCorpus.options(DEMO))) {
            for (GeneratedDocument d : (Iterable<GeneratedDocument>) docs::iterator) {
                if (d.format() == OutputFormat.TXT || d.format() == OutputFormat.CSV) {
                    assertEquals(d.text(), Files.readString(DEMO.resolve(d.path())), d.path());
                    checked++;
                } else {
                    assertTrue(Files.size(DEMO.resolve(d.path())) > 0, d.path());
                }
                if (d.format() == OutputFormat.SCAN) {
                    scans++;
                }
            }
        }
        assertTrue(checked > 30);
        assertTrue(scans >= 2 && scans <= 4, "scans " + scans);
    }

    @Test
    void legacy_font_files_read_back_as_the_generated_text() throws Exception {
        VietnameseNormalizer normalizer = VietnameseNormalizer.standard();
        int checked = 0;
        try (Stream<GeneratedDocument> docs = new CorpusGenerator().stream(DemoCorpus.options(DEMO));
             Extractor extractor = new Extractor(ExtractionLimits.defaults().withOcr(false))) {
            for (GeneratedDocument d : (Iterable<GeneratedDocument>) docs::iterator) {
                OutputFormat legacy = DemoCorpus.LEGACY_FILES.get(d.path());
                if (legacy == null) {
                    continue;
                }
                ExtractedText x = extractor.extract(DEMO.resolve(d.path()));
                assertEquals(legacy == OutputFormat.TCVN3 ? LegacyEncoding.TCVN3 : LegacyEncoding.VNI,
                        x.legacyEncodingIfAny().orElse(null), d.path());
                assertEquals(d.text().strip(), normalizer.normalize(x.text()).text().strip(), d.path());
                checked++;
            }
        }
        assertEquals(DemoCorpus.LEGACY_FILES.size(), checked);
    }

    @Test
    void demo_is_small_mixed_mostly_clean_and_shows_every_signal_twice() throws Exception {
        JsonNode root = new ObjectMapper().readTree(DEMO.resolve("labels.json").toFile());
        Map<String, Integer> signals = new HashMap<>();
        Map<String, Integer> extensions = new HashMap<>();
        int clean = 0;
        int files = 0;
        long bytes = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = root.get("files").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            files++;
            bytes += Files.size(DEMO.resolve(e.getKey()));
            extensions.merge(e.getKey().substring(e.getKey().lastIndexOf('.') + 1), 1, Integer::sum);
            if (e.getValue().get("expect").isEmpty()) {
                clean++;
            }
            e.getValue().get("expect").forEach(s -> signals.merge(s.asText(), 1, Integer::sum));
        }
        for (String group : List.of("pairs", "units")) {
            root.get(group).forEach(g -> signals.merge(g.get("signal").asText(), 1, Integer::sum));
        }
        for (FormalismSignal s : FormalismSignal.values()) {
            assertTrue(signals.getOrDefault(s.name(), 0) >= 2, s + " appears " + signals.get(s.name()));
        }
        assertTrue(files >= 150 && files <= 250, "files " + files);
        assertTrue(clean > files / 2, "clean " + clean + " of " + files);
        assertTrue(bytes < 15_000_000, "bytes " + bytes);
        for (String ext : List.of("docx", "pdf", "txt", "csv", "xlsx")) {
            assertTrue(extensions.getOrDefault(ext, 0) >= 2, ext + " " + extensions);
        }
    }
}

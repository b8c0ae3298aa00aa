package vn.soi.analyzer.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import vn.soi.analyzer.signal.AnalysisContext;
import vn.soi.indexer.normalize.VietnameseNormalizer;

/** The lexicons of the content signals are data a domain expert edits: each must stay well-formed and sourced. */
class LexiconFilesTest {

    @Test
    void every_lexicon_cites_its_source_is_canonical_and_has_no_duplicate() throws Exception {
        String root = System.getProperty("soi.root");
        Assumptions.assumeTrue(root != null, "soi.root is not set: seeds/ cannot be found");
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of(root, "seeds", "signals", "lexicons"))) {
            files = list.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(files.size() >= 28, "lexicon files: " + files);
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertTrue(lines.get(0).startsWith("#"), file + " must open with a comment saying what it is and its source");
            Set<String> seen = new HashSet<>();
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                assertEquals(Normalizer.normalize(line, Normalizer.Form.NFC), line, file + ": not NFC: " + line);
                assertEquals(VietnameseNormalizer.canonical(line), line, file + ": not in canonical form: " + line);
                assertTrue(seen.add(line.strip().toLowerCase(Locale.ROOT)), file + ": duplicate entry " + line);
            }
        }
    }

    @Test
    void the_vocabulary_loads_every_lexicon_it_names() {
        ContentVocabulary vocabulary = ContentVocabulary.from(AnalysisContext.standard().settings());

        assertTrue(vocabulary.hedges().size() > 20);
        assertTrue(vocabulary.externalCauses().size() > 20);
    }
}

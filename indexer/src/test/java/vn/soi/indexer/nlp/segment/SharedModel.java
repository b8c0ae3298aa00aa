package vn.soi.indexer.nlp.segment;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The published VnCoreNLP model from the shared folder, loaded once for all tests; tests skip without it. */
final class SharedModel {

    private static WordSegmenter segmenter;

    private SharedModel() {
    }

    /** VnCoreNLP's models folder under {@code soi.shared}, or null when not configured. */
    static Path modelsDir() {
        String shared = System.getProperty("soi.shared");
        return shared == null ? null : Path.of(shared, "vncorenlp", "models");
    }

    /** The shared segmenter; skips the calling test (with a message) when the model is absent. */
    static synchronized WordSegmenter segmenterOrSkip() {
        Path dir = modelsDir();
        assumeTrue(dir != null && Files.isDirectory(dir),
                "VnCoreNLP model not found (system property soi.shared + /vncorenlp/models): skipping");
        if (segmenter == null) {
            try {
                segmenter = WordSegmenter.load(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("shared VnCoreNLP model present but unreadable: " + dir, e);
            }
        }
        return segmenter;
    }
}

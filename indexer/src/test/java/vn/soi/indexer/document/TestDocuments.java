package vn.soi.indexer.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the hand-written documents of {@code test-documents/structure}. */
final class TestDocuments {

    private TestDocuments() {
    }

    static String read(String name) {
        String resource = "test-documents/structure/" + name;
        try (InputStream in = TestDocuments.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test document " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}

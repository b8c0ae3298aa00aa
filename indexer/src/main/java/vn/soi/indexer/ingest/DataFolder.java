package vn.soi.indexer.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The one folder that holds everything Soi keeps ({@code --data}, default {@code ./soi-data}): the Lucene index, the
 * originals under their content hash, the findings and the web application's database.
 */
public record DataFolder(Path root) {

    public DataFolder {
        Objects.requireNonNull(root, "root");
        root = root.toAbsolutePath().normalize();
    }

    /** Creates the folder and its sub-folders when missing. */
    public DataFolder create() throws IOException {
        Files.createDirectories(index());
        Files.createDirectories(originals());
        return this;
    }

    /** The Lucene index of documents. */
    public Path index() {
        return root.resolve("index");
    }

    /** The originals, stored as {@code originals/ab/abcdef...} by SHA-256. */
    public Path originals() {
        return root.resolve("originals");
    }

    /** The findings of the last analysis. */
    public Path findings() {
        return root.resolve("findings");
    }

    /** The web application's database (accounts, review decisions, audit log). */
    public Path database() {
        return root.resolve("soi.db");
    }
}

package vn.soi.indexer.seeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Access to the files of {@code seeds/}: lexicons, extraction rules, thresholds and rules by year that a domain expert
 * edits without touching Java. They ship inside the application; the directory named by the system property
 * {@code soi.seeds} or the environment variable {@code SOI_SEEDS}, when set, takes precedence file by file, so an
 * edited copy is used without rebuilding.
 */
public final class Seeds {

    private Seeds() {
    }

    /** Opens a seeds file by its path under {@code seeds/}, e.g. {@code "rules/dates.rules"}. */
    public static InputStream open(String relativePath) throws IOException {
        if (relativePath.contains("..") || relativePath.startsWith("/")) {
            throw new IllegalArgumentException("seeds path must stay inside seeds/: " + relativePath);
        }
        Optional<Path> override = overrideDirectory().map(d -> d.resolve(relativePath)).filter(Files::isRegularFile);
        if (override.isPresent()) {
            return Files.newInputStream(override.get());
        }
        InputStream in = Seeds.class.getClassLoader().getResourceAsStream("seeds/" + relativePath);
        if (in == null) {
            throw new IOException("seeds file not found: seeds/" + relativePath);
        }
        return in;
    }

    /**
     * Where a seeds file is, for libraries that open resources by name (CoreNLP reads a file path or a classpath
     * resource): the overriding file's absolute path when there is one, else the classpath resource
     * {@code seeds/relativePath}.
     */
    public static String locate(String relativePath) {
        return overrideDirectory().map(d -> d.resolve(relativePath)).filter(Files::isRegularFile)
                .map(p -> p.toAbsolutePath().toString())
                .orElse("seeds/" + relativePath);
    }

    /** The lines of a UTF-8 seeds file. */
    public static List<String> lines(String relativePath) {
        try (InputStream in = open(relativePath)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seeds file " + relativePath, e);
        }
    }

    private static Optional<Path> overrideDirectory() {
        String dir = System.getProperty("soi.seeds", System.getenv("SOI_SEEDS"));
        return dir == null || dir.isBlank() ? Optional.empty() : Optional.of(Path.of(dir));
    }
}

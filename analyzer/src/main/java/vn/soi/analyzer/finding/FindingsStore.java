package vn.soi.analyzer.finding;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.soi.indexer.document.DocumentJson;

/**
 * The findings of the last analysis, as JSON Lines in {@code DATA/findings/findings.jsonl}. A new run replaces the
 * whole set atomically: it is written to a temporary file, forced to disk and moved over the old one, so a reader (or
 * a crash) sees the old set or the new, never a mix.
 */
public final class FindingsStore {

    private static final ObjectMapper JSON = DocumentJson.mapper();
    private final Path file;

    public FindingsStore(Path folder) {
        this.file = folder.resolve("findings.jsonl");
    }

    /** Replaces the stored findings with {@code findings}. */
    public void replace(List<Finding> findings) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), "findings", ".part");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                         Channels.newOutputStream(channel), StandardCharsets.UTF_8))) {
                for (Finding finding : findings) {
                    out.write(toJson(finding));
                    out.newLine();
                }
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The stored findings, in the order they were written; empty before the first analysis. */
    public List<Finding> load() throws IOException {
        List<Finding> findings = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                    findings.add(JSON.readValue(line, Finding.class));
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        }
        return findings;
    }

    /** One finding as one line of JSON, as {@code soi analyze --json} prints it. */
    public static String toJson(Finding finding) throws IOException {
        return JSON.writeValueAsString(finding);
    }
}

package vn.soi.indexer.ingest;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.lucene.util.IOUtils;

/**
 * Keeps each ingested file's bytes under its content hash, so the original can be downloaded as received and an
 * unchanged file is stored once. Writes go to a temporary file that is forced to disk and then moved into place, and
 * the folder is synced after the move, so a crash never leaves a half-written original under a real name, and once
 * {@link #keep} has returned the original survives a power loss (the index, committed later, may rely on it).
 */
public final class OriginalStore {

    private final Path root;

    public OriginalStore(Path root) {
        this.root = root;
    }

    /** Where the original with this SHA-256 (lower-case hex) is kept. */
    public Path pathOf(String contentHash) {
        if (!contentHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 hex digest: " + contentHash);
        }
        return root.resolve(contentHash.substring(0, 2)).resolve(contentHash);
    }

    /** Copies {@code file} into the store unless an original with the same hash is already there. */
    public Path keep(Path file, String contentHash) throws IOException {
        Path target = pathOf(contentHash);
        if (Files.isRegularFile(target)) {
            return target;
        }
        Path folder = target.getParent();
        boolean newFolder = !Files.isDirectory(folder);
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, contentHash.substring(0, 8), ".part");
        try {
            Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING);
            IOUtils.fsync(temp, false);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            // The new name, and the new folder's own name, are durable only once their folders are synced.
            IOUtils.fsync(folder, true);
            if (newFolder) {
                IOUtils.fsync(folder.getParent(), true);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }
}

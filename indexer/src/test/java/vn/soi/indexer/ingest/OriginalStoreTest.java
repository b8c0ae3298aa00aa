package vn.soi.indexer.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.CopyOption;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.tests.mockfile.FilterFileChannel;
import org.apache.lucene.tests.mockfile.FilterFileSystemProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The original store writes durably: through a file system that records every fsync and move, an original is forced
 * to disk before it gets its real name, and its folder is synced after, so a power loss after {@code keep} returned
 * cannot leave the index pointing at an empty or missing original.
 */
class OriginalStoreTest {

    @TempDir
    Path dir;

    /** Records "force NAME" for every fsync (file or folder) and "move FROM TO" for every move, by file name. */
    private static final class RecordingFileSystem extends FilterFileSystemProvider {

        final List<String> events = new ArrayList<>();

        RecordingFileSystem() {
            super("recording://", FileSystems.getDefault());
        }

        @Override
        public FileChannel newFileChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
                throws IOException {
            return new FilterFileChannel(super.newFileChannel(path, options, attrs)) {
                @Override
                public void force(boolean metaData) throws IOException {
                    events.add("force " + path.getFileName());
                    super.force(metaData);
                }
            };
        }

        @Override
        public void move(Path source, Path target, CopyOption... options) throws IOException {
            events.add("move " + source.getFileName() + " " + target.getFileName());
            super.move(source, target, options);
        }
    }

    @Test
    void forces_an_original_to_disk_before_naming_it_and_syncs_its_folders_after() throws IOException {
        Path received = Files.writeString(dir.resolve("bien-ban.txt"), "Biên bản họp chi bộ tháng 12.",
                StandardCharsets.UTF_8);
        String hash = ContentHash.of(received);
        RecordingFileSystem fs = new RecordingFileSystem();
        OriginalStore store = new OriginalStore(fs.wrapPath(dir.resolve("originals")));

        Path kept = store.keep(fs.wrapPath(received), hash);

        assertArrayEquals(Files.readAllBytes(received), Files.readAllBytes(kept));
        assertEquals(4, fs.events.size(), "events: " + fs.events);
        String temp = fs.events.get(0).substring("force ".length());
        assertTrue(temp.startsWith(hash.substring(0, 8)) && temp.endsWith(".part"), "first the temp file: " + fs.events);
        assertEquals(List.of("force " + temp, "move " + temp + " " + hash, "force " + hash.substring(0, 2),
                "force originals"), fs.events, "force, move, then sync the new folder and its parent");
        try (Stream<Path> files = Files.list(kept.getParent())) {
            assertEquals(List.of(hash), files.map(p -> p.getFileName().toString()).toList(), "no temp file is left");
        }
    }

    @Test
    void syncs_only_the_file_and_its_folder_when_the_folder_exists_and_keeps_a_known_original_once()
            throws IOException {
        Path first = Files.writeString(dir.resolve("a.txt"), "Bản kiểm điểm cá nhân năm 2024.", StandardCharsets.UTF_8);
        RecordingFileSystem fs = new RecordingFileSystem();
        OriginalStore store = new OriginalStore(fs.wrapPath(dir.resolve("originals")));
        String hash = ContentHash.of(first);
        Path sibling = dir.resolve("originals").resolve(hash.substring(0, 2));
        Files.createDirectories(sibling);

        store.keep(fs.wrapPath(first), hash);
        List<String> afterFirst = List.copyOf(fs.events);
        store.keep(fs.wrapPath(first), hash);

        assertEquals(3, afterFirst.size(), "force temp, move, force folder: " + afterFirst);
        assertEquals("force " + hash.substring(0, 2), afterFirst.get(2));
        assertEquals(afterFirst, fs.events, "an original already kept is not written again");
    }
}

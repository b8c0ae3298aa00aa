package vn.soi.indexer.ingest;

import java.nio.file.Path;
import java.util.Objects;

/** A file found under an ingest root, with the path it is recorded under (relative to that root, '/' separated). */
public record IngestFile(Path file, String path) {

    public IngestFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
    }

    /** The recorded path of {@code file} found under {@code root} (a folder, or the file itself). */
    public static IngestFile under(Path root, Path file) {
        Path base = root.equals(file) ? file.getParent() : root;
        Path relative = base == null ? file.getFileName() : base.toAbsolutePath().normalize()
                .relativize(file.toAbsolutePath().normalize());
        return new IngestFile(file, relative.toString().replace('\\', '/'));
    }
}

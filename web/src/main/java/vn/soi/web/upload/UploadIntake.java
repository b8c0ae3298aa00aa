package vn.soi.web.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Receives the files of one upload into its folder: plain files under their own name, zip archives unpacked entry by
 * entry. A file or entry whose name would leave the folder ({@code ..}, an absolute path), a link, a nested archive, an
 * unreadable entry or one over the size limit is refused by name and the rest go on; too many files or too many
 * unpacked bytes refuse the whole upload. Not thread-safe: one intake per request.
 */
public final class UploadIntake {
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
    private static final int BUFFER_BYTES = 64 * 1024;

    private final UploadLimits limits;
    private final Path folder;
    private final Path scratch;
    private final List<FileProblem> refused = new ArrayList<>();
    private int files;
    private long unpackedBytes;

    /**
     * @param limits the upload's limits
     * @param folder where the files go (created when missing)
     * @param scratch where archives wait while they are unpacked (created when missing)
     */
    public UploadIntake(UploadLimits limits, Path folder, Path scratch) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.folder = Objects.requireNonNull(folder, "folder").toAbsolutePath().normalize();
        this.scratch = Objects.requireNonNull(scratch, "scratch");
    }

    /** @return the files and entries refused so far, with their reasons */
    public List<FileProblem> refused() {
        return Collections.unmodifiableList(refused);
    }

    /** @return how many files were written to the folder */
    public int accepted() {
        return files;
    }

    /**
     * Takes one uploaded file: a zip archive (by its name) is unpacked, anything else is written as it is.
     *
     * @param name the name the client gave
     * @param content its bytes (not closed)
     * @throws IOException when the folder cannot be written
     * @throws UploadRejectedException when the upload as a whole goes over a limit
     */
    public void add(String name, InputStream content) throws IOException, UploadRejectedException {
        String submitted = Objects.requireNonNullElse(name, "");
        Optional<String> problem = nameProblem(submitted).or(() -> submitted.contains("/") || submitted.contains("\\")
                ? Optional.of("tên tệp không được chứa thư mục") : Optional.empty());
        if (problem.isPresent()) {
            refused.add(new FileProblem(submitted, problem.get()));
            return;
        }
        Files.createDirectories(folder);
        if (isZip(submitted)) {
            Files.createDirectories(scratch);
            Path archive = Files.createTempFile(scratch, "upload", ".zip");
            try {
                if (copyBounded(content, archive, limits.maxFileBytes(), false)) {
                    unpack(submitted, archive);
                } else {
                    refused.add(new FileProblem(submitted, tooLarge()));
                }
            } finally {
                Files.deleteIfExists(archive);
            }
            return;
        }
        write(submitted, submitted, content, false);
    }

    /**
     * @param name a file or archive entry name
     * @return why the name is refused: it is empty, has control characters, is absolute, or has a {@code ..} part
     */
    public static Optional<String> nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("tên tệp trống");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("tên tệp chứa ký tự điều khiển");
        }
        if (name.startsWith("/") || name.startsWith("\\") || DRIVE.matcher(name).matches()) {
            return Optional.of("đường dẫn tuyệt đối không được nhận");
        }
        for (String part : name.split("[/\\\\]")) {
            if (part.equals("..")) {
                return Optional.of("đường dẫn chứa “..” (ra ngoài thư mục tải lên) không được nhận");
            }
        }
        return Optional.empty();
    }

    private void unpack(String archiveName, Path archive) throws IOException, UploadRejectedException {
        ZipFile zip;
        try {
            zip = ZipFile.builder().setPath(archive).get();
        } catch (IOException e) {
            refused.add(new FileProblem(archiveName, "tệp nén hỏng hoặc không phải định dạng zip"));
            return;
        }
        try (zip) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                String entryName = archiveName + "!" + entry.getName();
                Optional<String> problem = entryProblem(zip, entry);
                if (problem.isPresent()) {
                    refused.add(new FileProblem(entryName, problem.get()));
                } else if (!entry.isDirectory()) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        write(entry.getName().replace('\\', '/'), entryName, in, true);
                    }
                }
            }
        }
    }

    private static Optional<String> entryProblem(ZipFile zip, ZipArchiveEntry entry) {
        return nameProblem(entry.getName()).or(() -> {
            if (entry.isUnixSymlink()) {
                return Optional.of("liên kết (symlink) không được nhận");
            }
            if (!entry.isDirectory() && isZip(entry.getName())) {
                return Optional.of("tệp nén lồng trong tệp nén không được nhận");
            }
            if (!zip.canReadEntryData(entry)) {
                return Optional.of("tệp được mã hóa hoặc nén theo cách không hỗ trợ");
            }
            return Optional.empty();
        });
    }

    private void write(String relative, String shownName, InputStream content, boolean unpacked)
            throws IOException, UploadRejectedException {
        Path target = folder.resolve(relative).normalize();
        if (!target.startsWith(folder) || target.equals(folder)) {
            refused.add(new FileProblem(shownName, "đường dẫn ra ngoài thư mục tải lên không được nhận"));
            return;
        }
        if (Files.exists(target)) {
            refused.add(new FileProblem(shownName, "trùng tên với một tệp đã nhận"));
            return;
        }
        if (files >= limits.maxFiles()) {
            throw new UploadRejectedException("Lần tải lên có quá " + limits.maxFiles() + " tệp.");
        }
        Files.createDirectories(target.getParent());
        if (copyBounded(content, target, limits.maxFileBytes(), unpacked)) {
            files++;
        } else {
            refused.add(new FileProblem(shownName, tooLarge()));
        }
    }

    /** Copies at most {@code max} bytes; on more, deletes the target and answers false. */
    private boolean copyBounded(InputStream in, Path target, long max, boolean unpacked)
            throws IOException, UploadRejectedException {
        byte[] buffer = new byte[BUFFER_BYTES];
        long written = 0;
        boolean fits = true;
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                written += n;
                if (unpacked) {
                    unpackedBytes += n;
                    if (unpackedBytes > limits.maxUnpackedBytes()) {
                        throw new UploadRejectedException("Các tệp nén giải ra quá "
                                + (limits.maxUnpackedBytes() >> 20) + " MB; lần tải lên bị từ chối.");
                    }
                }
                if (written > max) {
                    fits = false;
                    break;
                }
                out.write(buffer, 0, n);
            }
        } catch (UploadRejectedException e) {
            Files.deleteIfExists(target);
            throw e;
        }
        if (!fits) {
            Files.deleteIfExists(target);
        }
        return fits;
    }

    private String tooLarge() {
        return "tệp lớn quá " + (limits.maxFileBytes() >> 20) + " MB";
    }

    private static boolean isZip(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".zip");
    }
}

package vn.soi.web.pseudonym;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Set;

/**
 * The server's secret key file ({@code DATA/secret.key}): {@value #KEY_BYTES} random bytes, created once with
 * {@link SecureRandom}, readable and writable by its owner only. Losing it changes every pseudonym.
 */
public final class SecretKeyFile {
    /** Length of the key in bytes. */
    public static final int KEY_BYTES = 32;
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private SecretKeyFile() {
    }

    /**
     * Reads the key, creating the file first when it does not exist (atomically: a crash leaves no partial key).
     *
     * @param file the key file
     * @return the key bytes
     * @throws IOException when the file cannot be read or created, has the wrong length, or is readable by others
     */
    public static byte[] loadOrCreate(Path file) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (Files.notExists(file)) {
            create(file, posix);
        }
        if (posix) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(permissions)) {
                throw new IOException("secret key file " + file + " has permissions "
                        + PosixFilePermissions.toString(permissions) + "; it must be readable by its owner only (chmod 600)");
            }
        }
        byte[] key = new byte[KEY_BYTES + 1];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(key, 0, key.length);
        }
        if (read != KEY_BYTES) {
            throw new IOException("secret key file " + file + " must hold exactly " + KEY_BYTES + " bytes, found "
                    + (read > KEY_BYTES ? "more" : String.valueOf(read)));
        }
        byte[] exact = new byte[KEY_BYTES];
        System.arraycopy(key, 0, exact, 0, KEY_BYTES);
        return exact;
    }

    private static void create(Path file, boolean posix) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path temporary = posix
                ? Files.createTempFile(folder, ".secret", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(folder, ".secret", ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(key);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    }
}

package vn.soi.indexer.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a file's bytes (streamed) and the stable document id derived from its ingest path. */
public final class ContentHash {

    private ContentHash() {
    }

    /** The lower-case hex SHA-256 of a file, read in bounded chunks. */
    public static String of(Path file) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * A document's id: 16 hex digits of the SHA-256 of its ingest path. It depends on the path only, so a changed
     * file replaces its earlier version instead of adding a second document.
     */
    public static String documentId(String ingestPath) {
        byte[] hash = sha256().digest(ingestPath.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash, 0, 8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256, which Java requires", e);
        }
    }
}

package vn.soi.indexer.extract;

import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;

/** Turns what Tika, POI and PDFBox throw into an {@link ExtractionException} with a reason a user understands. */
final class Failures {

    private static final int MAX_DETAIL = 200;

    private Failures() {
    }

    /**
     * Classifies an exception thrown while parsing {@code file} (detected as {@code mediaType}, may be null) under
     * {@code limits}: the first recognisable cause in the chain decides; anything else means the file is corrupt.
     */
    static ExtractionException classify(Path file, String mediaType, ExtractionLimits limits, Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (isEncrypted(t)) {
                return new ExtractionException(file, ExtractionFailure.ENCRYPTED, passwordDetail(mediaType), thrown);
            }
            if (t instanceof WriteLimitReachedException) {
                return new ExtractionException(file, ExtractionFailure.TOO_MANY_CHARACTERS,
                        String.format(Locale.ROOT, "more than %,d characters", limits.maxCharacters()), thrown);
            }
            if (t instanceof ZeroByteFileException) {
                return new ExtractionException(file, ExtractionFailure.EMPTY, "0 bytes", thrown);
            }
            String message = lower(t.getMessage());
            if (message.contains("zip bomb")) {
                String detail = t.getMessage().replaceFirst("(?i)^.*?zip bomb\\W*", "");
                return new ExtractionException(file, ExtractionFailure.ZIP_BOMB, shorten(detail), thrown);
            }
            if (message.contains("tesseractocrparser timeout")) {
                return new ExtractionException(file, ExtractionFailure.TIMEOUT,
                        "OCR of one image took longer than " + limits.timeout().toSeconds() + " s", thrown);
            }
            if (message.contains("entity expansion") || message.contains("entityexpansion")) {
                return new ExtractionException(file, ExtractionFailure.CORRUPT,
                        "XML entity expansion beyond the limit (billion laughs)", thrown);
            }
            if (t instanceof FileSystemException) {
                return new ExtractionException(file, ExtractionFailure.IO, shorten(t.toString()), thrown);
            }
        }
        return new ExtractionException(file, ExtractionFailure.CORRUPT, rootDetail(thrown), thrown);
    }

    private static boolean isEncrypted(Throwable t) {
        return t instanceof EncryptedDocumentException
                || t instanceof org.apache.poi.EncryptedDocumentException;
    }

    private static String passwordDetail(String mediaType) {
        if (mediaType == null) {
            return "password-protected document";
        }
        if (mediaType.equals("application/pdf")) {
            return "password-protected PDF";
        }
        return "password-protected document";
    }

    private static String rootDetail(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return shorten(message == null || message.isBlank() ? root.getClass().getSimpleName() : message);
    }

    private static String lower(String message) {
        return message == null ? "" : message.toLowerCase(Locale.ROOT);
    }

    private static String shorten(String detail) {
        String line = detail.strip().lines().findFirst().orElse("");
        return line.length() <= MAX_DETAIL ? line : line.substring(0, MAX_DETAIL) + "…";
    }
}

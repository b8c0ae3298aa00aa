package vn.soi.indexer.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** The file name endings ingest reads (the interface contract's list); everything else is skipped. */
public final class SupportedFormats {

    private static final Set<String> DOCUMENTS = Set.of(
            "docx", "doc", "odt", "rtf", "pdf", "txt", "html", "htm", "png", "jpg", "jpeg", "tif", "tiff");
    private static final Set<String> REGISTERS = Set.of("csv", "xlsx", "xls");

    private SupportedFormats() {
    }

    /** True when ingest reads files with this name. */
    public static boolean isSupported(Path file) {
        String ext = extension(file);
        return DOCUMENTS.contains(ext) || REGISTERS.contains(ext);
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}

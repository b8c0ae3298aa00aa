package vn.soi.corpora;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The file formats the generator writes. Documents use the first six; registers use CSV or XLSX. */
public enum OutputFormat {
    /** UTF-8 plain text. */
    TXT("txt", true),
    /** Word document (POI XWPF) with headings. */
    DOCX("docx", true),
    /** PDF with a text layer (PDFBox, DejaVu font). */
    PDF("pdf", true),
    /** Image-only PDF: the page rendered to a bitmap, as from a scanner. */
    SCAN("pdf", true),
    /** Word document in the TCVN3 (ABC) legacy font ".VnTime". */
    TCVN3("docx", true),
    /** Word document in the VNI legacy font "VNI-Times". */
    VNI("docx", true),
    /** Register as UTF-8 CSV. */
    CSV("csv", false),
    /** Register as an Excel workbook. */
    XLSX("xlsx", false);

    private final String extension;
    private final boolean document;

    OutputFormat(String extension, boolean document) {
        this.extension = extension;
        this.document = document;
    }

    /** The file extension without a dot. */
    public String extension() {
        return extension;
    }

    /** True for formats that documents (not registers) may take, i.e. the values of {@code --formats}. */
    public boolean isDocumentFormat() {
        return document;
    }

    /** The command-line name ({@code txt}, {@code docx}, {@code pdf}, {@code scan}, {@code tcvn3}, {@code vni}). */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every document format. */
    public static Set<OutputFormat> documentFormats() {
        return EnumSet.of(TXT, DOCX, PDF, SCAN, TCVN3, VNI);
    }

    /**
     * Parses a comma-separated list such as {@code txt,docx,pdf}.
     *
     * @throws IllegalArgumentException naming the unknown entry and the accepted names
     */
    public static Set<OutputFormat> parseList(String list) {
        if (list == null || list.isBlank()) {
            throw new IllegalArgumentException("empty format list; expected some of txt,docx,pdf,scan,tcvn3,vni");
        }
        Set<OutputFormat> formats = EnumSet.noneOf(OutputFormat.class);
        for (String raw : list.split(",")) {
            String name = raw.trim().toLowerCase(Locale.ROOT);
            OutputFormat found = null;
            for (OutputFormat f : values()) {
                if (f.document && f.cliName().equals(name)) {
                    found = f;
                }
            }
            if (found == null) {
                throw new IllegalArgumentException("unknown format '" + raw.trim()
                        + "'; expected some of txt,docx,pdf,scan,tcvn3,vni");
            }
            formats.add(found);
        }
        return formats;
    }
}

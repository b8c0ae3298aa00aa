package vn.soi.indexer.normalize;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The legacy 8-bit Vietnamese font encodings whose text comes out of Word files as Latin-1 mojibake.
 *
 * <p>{@link #TCVN3} is TCVN 5712:1993 VN3, the "ABC" fonts ({@code .VnTime}, {@code .VnArial}, and their capitals-only
 * companions {@code .VnTimeH}, {@code .VnArialH}, {@code .Vn3DH}); {@link #VNI} is VNI-Windows ({@code VNI-Times},
 * {@code VNI-Helve}...). Their conversion tables are the resources {@code tcvn3.tsv} and {@code vni.tsv}.
 */
public enum LegacyEncoding {
    /** TCVN 5712:1993 (VN3, "ABC"): one character per letter, lowercase letters in 0xA8-0xFE. */
    TCVN3("tcvn3.tsv"),
    /** VNI-Windows: mostly a base letter followed by one mark character. */
    VNI("vni.tsv");

    private final String tableResource;

    LegacyEncoding(String tableResource) {
        this.tableResource = tableResource;
    }

    /** The name of the conversion table resource, relative to this package. */
    String tableResource() {
        return tableResource;
    }

    /**
     * The encoding implied by a font name, compared case-insensitively: names starting with {@code .Vn} (or {@code Vn}
     * when a tool dropped the dot, as in {@code VnTime}) are TCVN3; names starting with {@code VNI-}, {@code VNI_} or
     * {@code VNI } are VNI. Any other font (including Unicode fonts such as Times New Roman) gives empty.
     *
     * @throws NullPointerException if {@code fontName} is null
     */
    public static Optional<LegacyEncoding> forFontName(String fontName) {
        Objects.requireNonNull(fontName, "fontName");
        String name = fontName.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("\"") || name.startsWith("'")) {
            name = name.substring(1);
        }
        if (name.startsWith("vni-") || name.startsWith("vni_") || name.startsWith("vni ")) {
            return Optional.of(VNI);
        }
        if (name.startsWith(".vn") && name.length() > 3) {
            return Optional.of(TCVN3);
        }
        if (name.startsWith("vn") && name.length() > 2 && Character.isLetterOrDigit(name.charAt(2))
                && !name.startsWith("vni")) {
            return Optional.of(TCVN3);
        }
        return Optional.empty();
    }

    /**
     * Whether a TCVN3 font draws every letter as a capital: the ABC fonts whose name ends in an uppercase {@code H}
     * ({@code .VnTimeH}, {@code .VnArialH}, {@code .Vn3DH}). Their text holds the lowercase code points, so after
     * {@link LegacyFontConverter#toUnicode} the caller upper-cases it to get what the reader saw.
     */
    public static boolean isCapitalsFont(String fontName) {
        String name = Objects.requireNonNull(fontName, "fontName").strip();
        return forFontName(name).filter(e -> e == TCVN3).isPresent() && name.endsWith("H");
    }
}

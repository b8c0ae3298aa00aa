package vn.soi.indexer.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

import vn.soi.indexer.normalize.LegacyEncoding;
import vn.soi.indexer.normalize.LegacyFontConverter;

/**
 * Reads a .docx run by run with the font each run is drawn in, and converts the text of runs in legacy Vietnamese
 * fonts (TCVN3 ".VnTime", VNI "VNI-Times"...) to Unicode. Word stores such text as the Latin-1 characters of the font's
 * code points, so only the font name tells that "§¶ng" means "Đảng". The font of a run is its own, else its character
 * style's, else its paragraph style's (following "based on"), else the document default.
 *
 * <p>Only used when the document has legacy-font runs; Tika's text is kept for every other document.
 */
final class LegacyFontDocxReader {

    /** The text of a document whose legacy-font runs were converted, and how many characters each encoding gave. */
    record Result(String text, Map<LegacyEncoding, Integer> convertedCharacters, Set<String> legacyFonts) {

        /** The encoding that converted most characters, if any run was converted. */
        Optional<LegacyEncoding> dominantEncoding() {
            return convertedCharacters.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey);
        }
    }

    private final XWPFDocument document;
    private final CTRPr defaultRunProperties;
    private final Map<String, Optional<LegacyEncoding>> encodingByFont = new HashMap<>();
    private final Map<LegacyEncoding, Integer> converted = new EnumMap<>(LegacyEncoding.class);
    private final Set<String> legacyFonts = new HashSet<>();
    private final StringBuilder text = new StringBuilder();

    private LegacyFontDocxReader(XWPFDocument document) throws IOException {
        this.document = document;
        this.defaultRunProperties = defaultRunProperties(document);
    }

    /**
     * Reads the document; returns empty when no run is in a legacy font (then Tika's text stands).
     *
     * @throws IOException when the file cannot be read as a .docx
     */
    static Optional<Result> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
            LegacyFontDocxReader reader = new LegacyFontDocxReader(document);
            reader.readAll();
            if (reader.converted.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Result(reader.text.toString(), Map.copyOf(reader.converted),
                    Set.copyOf(reader.legacyFonts)));
        }
    }

    private void readAll() {
        for (XWPFHeader header : document.getHeaderList()) {
            readBody(header.getBodyElements());
        }
        readBody(document.getBodyElements());
        for (XWPFFooter footer : document.getFooterList()) {
            readBody(footer.getBodyElements());
        }
    }

    private void readBody(List<IBodyElement> elements) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                readParagraph(paragraph);
            } else if (element instanceof XWPFTable table) {
                readTable(table);
            } else if (element instanceof XWPFSDT sdt) {
                text.append(sdt.getContent().getText()).append('\n');
            }
        }
    }

    private void readTable(XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                readBody(cell.getBodyElements());
            }
        }
    }

    private void readParagraph(XWPFParagraph paragraph) {
        for (IRunElement element : paragraph.getIRuns()) {
            if (element instanceof XWPFRun run) {
                text.append(convert(run, paragraph));
            } else if (element instanceof XWPFSDT sdt) {
                text.append(sdt.getContent().getText());
            }
        }
        text.append('\n');
    }

    private String convert(XWPFRun run, XWPFParagraph paragraph) {
        String raw = run.text();
        if (raw.isEmpty()) {
            return raw;
        }
        String font = fontOf(run, paragraph);
        if (font == null) {
            return raw;
        }
        Optional<LegacyEncoding> encoding = encodingByFont.computeIfAbsent(font, LegacyEncoding::forFontName);
        if (encoding.isEmpty()) {
            return raw;
        }
        legacyFonts.add(font);
        String unicode = LegacyFontConverter.toUnicode(raw, encoding.get());
        if (LegacyEncoding.isCapitalsFont(font)) {
            // TCVN3 has no toned capitals: ".VnTimeH" draws the lowercase code points as capitals.
            unicode = unicode.toUpperCase(Locale.ROOT);
        }
        converted.merge(encoding.get(), unicode.length(), Integer::sum);
        return unicode;
    }

    private String fontOf(XWPFRun run, XWPFParagraph paragraph) {
        String font = fontOf(run.getCTR().getRPr());
        if (font == null && run.getStyle() != null && !run.getStyle().isEmpty()) {
            font = fontOfStyle(run.getStyle());
        }
        if (font == null && paragraph.getStyleID() != null) {
            font = fontOfStyle(paragraph.getStyleID());
        }
        if (font == null) {
            font = fontOf(defaultRunProperties);
        }
        return font;
    }

    private String fontOfStyle(String styleId) {
        if (document.getStyles() == null) {
            return null;
        }
        Set<String> seen = new HashSet<>();
        String id = styleId;
        while (id != null && seen.add(id)) {
            XWPFStyle style = document.getStyles().getStyle(id);
            if (style == null) {
                return null;
            }
            String font = fontOf(style.getCTStyle().getRPr());
            if (font != null) {
                return font;
            }
            id = style.getBasisStyleID();
        }
        return null;
    }

    /** The font of the Latin range (ascii, else hAnsi) in run properties, or null when they name none. */
    private static String fontOf(CTRPr properties) {
        if (properties == null || properties.sizeOfRFontsArray() == 0) {
            return null;
        }
        CTFonts fonts = properties.getRFontsArray(0);
        String font = fonts.getAscii() != null ? fonts.getAscii() : fonts.getHAnsi();
        return font == null || font.isBlank() ? null : font.strip();
    }

    private static CTRPr defaultRunProperties(XWPFDocument document) throws IOException {
        if (document.getStyles() == null) {
            return null;
        }
        CTStyles styles;
        try {
            styles = document.getStyle();
        } catch (XmlException e) {
            throw new IOException("unreadable styles part: " + e.getMessage(), e);
        }
        if (styles == null || styles.getDocDefaults() == null || styles.getDocDefaults().getRPrDefault() == null) {
            return null;
        }
        return styles.getDocDefaults().getRPrDefault().getRPr();
    }
}

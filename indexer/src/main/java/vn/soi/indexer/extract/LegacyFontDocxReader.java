package vn.soi.indexer.extract;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

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
 * <p>Only used when the document has legacy-font runs; Tika's text is kept for every other document. Because the full
 * read costs as much as Tika's own parse, a cheap pre-check ({@link #mayUseLegacyFont}) streams the package's XML parts
 * and looks only at the font names of {@code w:rFonts} elements; the full read happens only when one of them is legacy.
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

    /** How many times a document was opened with POI; lets tests observe that the pre-check skipped the full read. */
    static final AtomicLong FULL_READS = new AtomicLong();

    /** Bytes read from the start of a part to tell XML from binary (media, embedded objects, fonts). */
    private static final int SNIFF = 8;

    private static final XMLInputFactory XML = secureFactory();

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
     * @param maxInflatedBytes most bytes the pre-check may inflate; past it the document is read in full
     * @throws IOException when the file cannot be read as a .docx
     */
    static Optional<Result> read(Path file, long maxInflatedBytes) throws IOException {
        if (!mayUseLegacyFont(file, maxInflatedBytes)) {
            return Optional.empty();
        }
        FULL_READS.incrementAndGet();
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

    /**
     * Whether any run of the .docx can be in a legacy font. The full read takes a run's font only from the
     * {@code ascii}/{@code hAnsi} names of a {@code w:rFonts} element (the run's own, its styles', the document
     * defaults), so a document none of whose {@code w:rFonts} attributes names a legacy font has no legacy run. Every
     * XML part is scanned, whatever its name, since the main part and its headers may be named freely; the font table
     * is not enough, because it is optional and lists fonts that no run has to use. When the answer is unsure (the zip
     * or a part cannot be read, or the parts inflate to more than {@code maxInflatedBytes}), it is yes, so that the
     * full read (with POI's own zip-bomb guards) decides.
     */
    static boolean mayUseLegacyFont(Path file, long maxInflatedBytes) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Budget budget = new Budget(maxInflatedBytes);
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                try (InputStream in = new BufferedInputStream(new BudgetStream(zip.getInputStream(entry), budget))) {
                    if (isXml(in) && namesLegacyFont(in)) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException | XMLStreamException | IllegalArgumentException e) {
            // Unsure: let the full read decide, and report its own error if the file is broken.
            return true;
        }
    }

    private static boolean isXml(InputStream in) throws IOException {
        in.mark(SNIFF);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        int start = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
                ? 3 : 0;
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE || (head[0] & 0xFF) == 0xFF)) {
            return true; // UTF-16 byte order mark
        }
        for (int i = start; i < head.length; i++) {
            if (!Character.isWhitespace(head[i])) {
                return head[i] == '<';
            }
        }
        return false;
    }

    private static boolean namesLegacyFont(InputStream in) throws XMLStreamException {
        XMLStreamReader xml = XML.createXMLStreamReader(in);
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("rFonts")) {
                    // Every attribute, not only ascii/hAnsi: naming more fonts than the full read uses is safe.
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        if (LegacyEncoding.forFontName(xml.getAttributeValue(i)).isPresent()) {
                            return true;
                        }
                    }
                }
            }
            return false;
        } finally {
            xml.close();
        }
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    /** The bytes the pre-check may still inflate, shared by all parts of one package. */
    private static final class Budget {
        private long left;

        Budget(long max) {
            this.left = max;
        }

        void spend(long bytes) throws IOException {
            left -= bytes;
            if (left < 0) {
                throw new IOException("font pre-check inflated more than its limit");
            }
        }
    }

    private static final class BudgetStream extends FilterInputStream {
        private final Budget budget;

        BudgetStream(InputStream in, Budget budget) {
            super(in);
            this.budget = budget;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                budget.spend(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                budget.spend(n);
            }
            return n;
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

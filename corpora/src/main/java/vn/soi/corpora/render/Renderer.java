package vn.soi.corpora.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import vn.soi.corpora.GeneratedDocument;
import vn.soi.corpora.text.Block;
import vn.soi.corpora.text.BlockKind;

/**
 * Writes a generated document in its format: UTF-8 text, Word (POI), PDF with a DejaVu text layer (PDFBox), an
 * image-only scanned PDF, a legacy-font Word file, or a register as CSV or XLSX.
 */
public final class Renderer {

    /** Folder of the DejaVu fonts used for PDF and scans. */
    public static final Path FONT_DIR = Path.of("/usr/share/fonts/truetype/dejavu");
    private static final Path SERIF = FONT_DIR.resolve("DejaVuSerif.ttf");
    private static final Path SANS = FONT_DIR.resolve("DejaVuSans.ttf");
    private static final int SCAN_DPI = 200;
    private static final java.util.Date FIXED_DATE = new java.util.Date(1577836800000L);

    /** Loaded on the first scan: most corpora hold none. */
    private Font scanFont;

    /** Writes {@code doc} under {@code root}, creating folders. */
    public void write(Path root, GeneratedDocument doc) throws IOException {
        Path file = root.resolve(doc.path());
        Files.createDirectories(file.getParent());
        switch (doc.format()) {
            case TXT:
            case CSV:
                try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    w.write(doc.text());
                }
                break;
            case DOCX:
                docx(file, doc.blocks(), FontRuns::unicode);
                break;
            case TCVN3:
                docx(file, doc.blocks(), FontRuns::tcvn3);
                break;
            case VNI:
                docx(file, doc.blocks(), FontRuns::vni);
                break;
            case PDF:
                pdf(file, doc.blocks());
                break;
            case SCAN:
                scan(file, doc.blocks());
                break;
            case XLSX:
                xlsx(file, doc.table());
                break;
            default:
                throw new IllegalStateException("no renderer for " + doc.format());
        }
    }

    private static void docx(Path file, List<Block> blocks, Function<String, List<FontRuns.Run>> runs)
            throws IOException {
        try (XWPFDocument d = new XWPFDocument()) {
            d.getProperties().getCoreProperties().setCreated(java.util.Optional.of(FIXED_DATE));
            for (Block b : blocks) {
                XWPFParagraph p = d.createParagraph();
                if (b.kind() == BlockKind.HEADING) {
                    p.setStyle("Heading1");
                } else if (b.kind() == BlockKind.SUBHEADING) {
                    p.setStyle("Heading2");
                }
                if (b.kind() == BlockKind.TITLE || b.kind() == BlockKind.SIGNATURE) {
                    p.setAlignment(ParagraphAlignment.CENTER);
                }
                for (FontRuns.Run run : runs.apply(b.text())) {
                    XWPFRun r = p.createRun();
                    r.setText(run.text());
                    r.setBold(b.kind() != BlockKind.PARAGRAPH && b.kind() != BlockKind.META);
                    r.setFontFamily(run.font());
                    r.setFontSize(b.kind() == BlockKind.TITLE ? 14 : 13);
                }
            }
            writeZip(file, d::write);
        }
    }

    private static void requireFont(Path font) throws IOException {
        if (!Files.isRegularFile(font)) {
            throw new IOException("missing font file " + font + " (install fonts-dejavu-core) needed for PDF output");
        }
    }

    private static void pdf(Path file, List<Block> blocks) throws IOException {
        requireFont(SERIF);
        try (PDDocument d = new PDDocument()) {
            PDType0Font font = PDType0Font.load(d, SERIF.toFile());
            float size = 11;
            float margin = 60;
            float width = PDRectangle.A4.getWidth() - 2 * margin;
            List<String> lines = new ArrayList<>();
            for (Block b : blocks) {
                lines.addAll(wrap(b.text(), s -> font.getStringWidth(s) / 1000 * size, width));
            }
            int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * margin) / (size * 1.4f));
            for (int start = 0; start < lines.size(); start += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                d.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
                    cs.beginText();
                    cs.setFont(font, size);
                    cs.setLeading(size * 1.4f);
                    cs.newLineAtOffset(margin, PDRectangle.A4.getHeight() - margin);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                        cs.showText(line);
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            fixId(d, file);
            d.save(file.toFile());
        }
    }

    private void scan(Path file, List<Block> blocks) throws IOException {
        requireFont(SANS);
        if (scanFont == null) {
            try {
                scanFont = Font.createFont(Font.TRUETYPE_FONT, SANS.toFile()).deriveFont(11f * SCAN_DPI / 72f);
            } catch (FontFormatException e) {
                throw new IOException("cannot load font " + SANS + " for scans", e);
            }
        }
        int w = Math.round(8.27f * SCAN_DPI);
        int h = Math.round(11.69f * SCAN_DPI);
        int margin = SCAN_DPI * 3 / 4;
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D pg = probe.createGraphics();
        pg.setFont(scanFont);
        java.awt.FontMetrics fm = pg.getFontMetrics();
        List<String> lines = new ArrayList<>();
        for (Block b : blocks) {
            lines.addAll(wrap(b.text(), s -> fm.stringWidth(s), w - 2 * margin));
        }
        pg.dispose();
        int lineHeight = Math.round(fm.getHeight() * 1.25f);
        int perPage = (h - 2 * margin) / lineHeight;
        try (PDDocument d = new PDDocument()) {
            for (int start = 0; start < lines.size(); start += perPage) {
                BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
                Graphics2D g = img.createGraphics();
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, w, h);
                g.setColor(java.awt.Color.BLACK);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
                g.setFont(scanFont);
                g.rotate(Math.toRadians(0.3), w / 2.0, h / 2.0);
                int y = margin + fm.getAscent();
                for (String line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                    g.drawString(line, margin, y);
                    y += lineHeight;
                }
                g.dispose();
                PDPage page = new PDPage(PDRectangle.A4);
                d.addPage(page);
                PDImageXObject image = LosslessFactory.createFromImage(d, img);
                try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
                    cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            fixId(d, file);
            d.save(file.toFile());
        }
    }

    private static void xlsx(Path file, List<List<String>> table) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("Danh sách");
            for (int i = 0; i < table.size(); i++) {
                XSSFRow row = sheet.createRow(i);
                List<String> cells = table.get(i);
                for (int j = 0; j < cells.size(); j++) {
                    row.createCell(j).setCellValue(cells.get(j));
                }
            }
            wb.getProperties().getCoreProperties().setCreated(java.util.Optional.of(FIXED_DATE));
            writeZip(file, wb::write);
        }
    }

    /** Something that writes an OOXML package to a stream. */
    private interface PackageWriter {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Writes an OOXML package with fixed entry times so that the same seed gives the same bytes (POI stamps the
     * current time on every zip entry).
     */
    private static void writeZip(Path file, PackageWriter writer) throws IOException {
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        writer.write(buffer);
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(buffer.toByteArray()));
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                java.util.zip.ZipEntry copy = new java.util.zip.ZipEntry(e.getName());
                copy.setTime(FIXED_DATE.getTime());
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
    }

    /** A document ID derived from the file name instead of the clock, for reproducible PDFs. */
    private static void fixId(PDDocument d, Path file) {
        byte[] id = java.util.Arrays.copyOf(file.getFileName().toString().getBytes(StandardCharsets.UTF_8), 16);
        org.apache.pdfbox.cos.COSArray array = new org.apache.pdfbox.cos.COSArray();
        array.add(new org.apache.pdfbox.cos.COSString(id));
        array.add(new org.apache.pdfbox.cos.COSString(id));
        d.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, array);
    }

    /** A width measure that may fail with an I/O error (PDF fonts). */
    private interface Measure {
        float width(String s) throws IOException;
    }

    private static List<String> wrap(String text, Measure measure, float max) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (measure.width(candidate) > max && line.length() > 0) {
                out.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        out.add(line.toString());
        return out;
    }
}

package vn.soi.indexer.extract;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Test documents written by the tests themselves, with Vietnamese text of our own. */
final class Fixtures {

    static final Path DEJAVU_SANS = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    static final Path DEJAVU_SERIF = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");

    /** A report header and sentences written for these tests. */
    static final String TITLE = "BẢN KIỂM ĐIỂM CÁ NHÂN";
    static final String SENTENCE = "Đồng chí Nguyễn Văn An tự nhận mức xếp loại hoàn thành tốt nhiệm vụ năm 2024.";
    static final String SECOND = "Chi bộ đã tổ chức kiểm điểm nghiêm túc, đúng quy định và có chất lượng.";
    /** Lines printed on the page that OCR reads back. */
    static final List<String> OCR_LINES = List.of(
            "Tập thể chi ủy đã nghiêm túc tự phê bình",
            "và phê bình, chỉ rõ những hạn chế, khuyết điểm",
            "của từng đồng chí trong năm qua.");

    private Fixtures() {
    }

    static Path docx(Path file, String font, List<String> paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String paragraph : paragraphs) {
                XWPFRun run = document.createParagraph().createRun();
                run.setText(paragraph);
                if (font != null) {
                    run.setFontFamily(font);
                }
            }
            document.write(out);
        }
        return file;
    }

    /** A PDF with a text layer, one page per string, in DejaVu Sans (which has every Vietnamese glyph). */
    static Path typedPdf(Path file, List<String> pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, DEJAVU_SANS.toFile());
            for (String text : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(60, 760);
                    for (String line : text.split("\n")) {
                        content.showText(line);
                        content.newLineAtOffset(0, -18);
                    }
                    content.endText();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    static Path encryptedPdf(Path file) throws IOException {
        Path plain = typedPdf(file.resolveSibling("plain-" + file.getFileName()), List.of(SENTENCE));
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(plain.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(file.toFile());
        }
        return file;
    }

    /** The page image OCR tests read: black text in DejaVu Serif at about 300 dpi (12 pt is 50 px). */
    static BufferedImage page(boolean photo) throws IOException {
        Font font;
        try {
            font = Font.createFont(Font.TRUETYPE_FONT, DEJAVU_SERIF.toFile()).deriveFont(50f);
        } catch (FontFormatException e) {
            throw new IOException(e);
        }
        BufferedImage image = new BufferedImage(1600, 420, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(photo ? new Color(236, 232, 222) : Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(photo ? new Color(40, 40, 48) : Color.BLACK);
            g.setFont(font);
            int y = 110;
            for (String line : OCR_LINES) {
                g.drawString(line, 80, y);
                y += 100;
            }
        } finally {
            g.dispose();
        }
        if (photo) {
            image = photographed(image);
            Random noise = new Random(7);
            for (int i = 0; i < 20_000; i++) {
                int x = noise.nextInt(image.getWidth());
                int y = noise.nextInt(image.getHeight());
                int shade = 200 + noise.nextInt(40);
                image.setRGB(x, y, new Color(shade, shade, shade - 10).getRGB());
            }
        }
        return image;
    }

    /** The page as a hand-held camera sees it: turned by 1.5 degrees, lit unevenly from the left. */
    private static BufferedImage photographed(BufferedImage page) {
        BufferedImage photo = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(new Color(236, 232, 222));
            g.fillRect(0, 0, photo.getWidth(), photo.getHeight());
            g.rotate(Math.toRadians(1.5), photo.getWidth() / 2.0, photo.getHeight() / 2.0);
            g.drawImage(page, 0, 0, null);
        } finally {
            g.dispose();
        }
        for (int x = 0; x < photo.getWidth(); x++) {
            double light = 0.75 + 0.25 * x / photo.getWidth();
            for (int y = 0; y < photo.getHeight(); y++) {
                Color c = new Color(photo.getRGB(x, y));
                photo.setRGB(x, y, new Color((int) (c.getRed() * light), (int) (c.getGreen() * light),
                        (int) (c.getBlue() * light)).getRGB());
            }
        }
        return photo;
    }

    static Path png(Path file) throws IOException {
        ImageIO.write(page(true), "png", file.toFile());
        return file;
    }

    /** A PDF whose only page is the scanned image, with no text layer. */
    static Path scannedPdf(Path file) throws IOException {
        BufferedImage image = page(false);
        try (PDDocument document = new PDDocument()) {
            float scale = 72f / 300f;
            PDPage page = new PDPage(new PDRectangle(image.getWidth() * scale, image.getHeight() * scale));
            document.addPage(page);
            PDImageXObject picture = LosslessFactory.createFromImage(document, image);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(picture, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** An OpenDocument text, zipped by hand: the stored mimetype first, the manifest, the content. */
    static Path odt(Path file, List<String> paragraphs) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String paragraph : paragraphs) {
            body.append("<text:p>").append(paragraph).append("</text:p>");
        }
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">\
                <office:body><office:text>%s</office:text></office:body></office:document-content>
                """.formatted(body);
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
                manifest:version="1.2">\
                <manifest:file-entry manifest:full-path="/" \
                manifest:media-type="application/vnd.oasis.opendocument.text"/>\
                <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\
                </manifest:manifest>
                """;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    /** RTF keeps non-ASCII letters as {@code \\uN?} escapes, as Word writes them. */
    static Path rtf(Path file, List<String> paragraphs) throws IOException {
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\ansicpg1258\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n");
        for (String paragraph : paragraphs) {
            rtf.append("\\pard ");
            paragraph.chars().forEach(c -> {
                if (c < 0x80) {
                    rtf.append((char) c);
                } else {
                    rtf.append("\\u").append(c).append('?');
                }
            });
            rtf.append("\\par\n");
        }
        rtf.append('}');
        Files.writeString(file, rtf, StandardCharsets.US_ASCII);
        return file;
    }

    static Path text(Path file, String text, Charset charset, boolean byteOrderMark) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            if (byteOrderMark) {
                out.write(charset.equals(StandardCharsets.UTF_8) ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                        : new byte[] {(byte) 0xFE, (byte) 0xFF});
            }
            out.write(text.getBytes(charset.equals(StandardCharsets.UTF_16) ? StandardCharsets.UTF_16BE : charset));
        }
        return file;
    }

    /**
     * Text in the Windows-1258 form: letters with circumflex, breve or horn precomposed, tone marks as combining
     * characters after them (the code page has no precomposed toned letters).
     */
    static String windows1258Form(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder();
            StringBuilder tones = new StringBuilder();
            for (char d : decomposed.toCharArray()) {
                if ("\u0300\u0301\u0303\u0309\u0323".indexOf(d) >= 0) {
                    tones.append(d);
                } else {
                    base.append(d);
                }
            }
            out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
        }
        return out.toString();
    }

    /** A .docx whose 4 MB document part inflates a thousandfold: a zip bomb in miniature. */
    static Path zipBombDocx(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats"
                    + ".org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < 4; i++) {
                zip.write(block);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    static Path randomBytes(Path file, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        Files.write(file, bytes);
        return file;
    }

    /** Levenshtein distance over code points divided by the length of the expected text. */
    static double characterErrorRate(String expected, String actual) {
        int[] e = expected.codePoints().toArray();
        int[] a = actual.codePoints().toArray();
        int[] previous = new int[a.length + 1];
        int[] current = new int[a.length + 1];
        for (int j = 0; j <= a.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= e.length; i++) {
            current[0] = i;
            for (int j = 1; j <= a.length; j++) {
                int substitution = previous[j - 1] + (e[i - 1] == a[j - 1] ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return (double) previous[a.length] / e.length;
    }

    /** NFC with every run of white space as one space, trimmed: the form OCR output is compared in. */
    static String squeeze(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }
}

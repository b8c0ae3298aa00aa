package vn.soi.indexer.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Hostile files written by the tests themselves, around Vietnamese text of our own. */
final class HostileFiles {

    static final String SENTENCE = "Chi bộ đã kiểm điểm nghiêm túc, làm rõ hạn chế, khuyết điểm của từng đảng viên.";
    static final String SECOND = "Đồng chí Lê Thị Mai tự nhận mức hoàn thành tốt nhiệm vụ năm 2024.";

    private static final Path DEJAVU_SANS = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String PACKAGE_RELATION =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package";

    private HostileFiles() {
    }

    /** A PDF with a text layer, one page per string, in DejaVu Sans (which has every Vietnamese glyph). */
    static byte[] typedPdf(List<String> pages) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(document, DEJAVU_SANS.toFile());
            for (String text : pages) {
                PDPage page = new PDPage(PDRectangle.A6);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 8);
                    content.newLineAtOffset(20, 380);
                    content.showText(text);
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A minimal .docx, zipped by hand, with one paragraph and optionally an embedded .docx (a package part). */
    static byte[] docx(String paragraph, byte[] embeddedDocx) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Default Extension=\"docx\" ContentType=\"" + DOCX_TYPE + "\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
        entries.put("_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
                .getBytes(StandardCharsets.UTF_8));
        entries.put("word/document.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\""
                + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
                + paragraph + "</w:t></w:r></w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8));
        if (embeddedDocx != null) {
            entries.put("word/_rels/document.xml.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId9\" Type=\"" + PACKAGE_RELATION + "\" "
                    + "Target=\"embeddings/Microsoft_Word_Document.docx\"/></Relationships>")
                    .getBytes(StandardCharsets.UTF_8));
            entries.put("word/embeddings/Microsoft_Word_Document.docx", embeddedDocx);
        }
        return zip(entries);
    }

    /** A zip archive of the entries, in order, names as given (even when they climb out with "../"). */
    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /**
     * A grey PNG whose header declares {@code width} x {@code height} pixels but whose data holds only a few rows:
     * decoding it whole would need width x height bytes.
     */
    static byte[] pngDeclaring(int width, int height) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", header.array());
        byte[] rows = new byte[4 * (width + 1)];
        Deflater deflater = new Deflater();
        deflater.setInput(rows);
        deflater.finish();
        byte[] compressed = new byte[rows.length + 64];
        int length = deflater.deflate(compressed);
        deflater.end();
        chunk(png, "IDAT", Arrays.copyOf(compressed, length));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        png.write(ByteBuffer.allocate(4).putInt(data.length).array());
        png.write(name);
        png.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    static Path write(Path file, byte[] bytes) throws IOException {
        return Files.write(file, bytes);
    }
}

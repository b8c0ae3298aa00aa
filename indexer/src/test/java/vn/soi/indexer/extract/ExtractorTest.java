package vn.soi.indexer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AbstractParser;
import org.apache.tika.parser.ParseContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;
import org.xml.sax.ContentHandler;

class ExtractorTest {

    private static Extractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        extractor = new Extractor(ExtractionLimits.defaults().withOcr(false));
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    /** .docx reading asks the legacy-font table about every font: skip while that table is still a skeleton. */
    private static ExtractedText extractDocx(Extractor extractor, Path file) throws ExtractionException {
        try {
            return extractor.extract(file);
        } catch (UnsupportedOperationException e) {
            throw new TestAbortedException("vn.soi.indexer.normalize legacy-font support is not merged yet", e);
        }
    }

    @Test
    void reads_vietnamese_text_of_a_docx() throws Exception {
        Path file = Fixtures.docx(dir.resolve("bao-cao.docx"), "Times New Roman",
                List.of(Fixtures.TITLE, Fixtures.SENTENCE, Fixtures.SECOND));

        ExtractedText text = extractDocx(extractor, file);

        assertTrue(text.text().contains(Fixtures.TITLE + "\n"), text.text());
        assertTrue(text.text().contains(Fixtures.SENTENCE), text.text());
        assertTrue(text.text().contains(Fixtures.SECOND), text.text());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", text.mediaType());
        assertEquals("org.apache.tika.parser.microsoft.ooxml.OOXMLParser", text.parser());
        assertFalse(text.ocr());
        assertNull(text.legacyEncoding());
    }

    @Test
    void reads_vietnamese_text_of_a_doc_written_by_libreoffice() throws Exception {
        Path file = dir.resolve("bao-cao.doc");
        try (InputStream in = ExtractorTest.class.getResourceAsStream("/test-documents/bao-cao.doc")) {
            Files.copy(in, file);
        }

        ExtractedText text = extractor.extract(file);

        assertTrue(text.text().contains(Fixtures.SENTENCE), text.text());
        assertTrue(text.text().contains(Fixtures.SECOND), text.text());
        assertEquals("application/msword", text.mediaType());
        assertEquals("org.apache.tika.parser.microsoft.OfficeParser", text.parser());
    }

    @Test
    void reads_a_typed_pdf_with_pages_separated_by_form_feeds() throws Exception {
        Path file = Fixtures.typedPdf(dir.resolve("bien-ban.pdf"),
                List.of(Fixtures.TITLE + "\n" + Fixtures.SENTENCE, Fixtures.SECOND));

        ExtractedText text = extractor.extract(file);

        String[] pages = text.text().split("\f");
        assertEquals(2, pages.length, text.text());
        assertTrue(Fixtures.squeeze(pages[0]).contains(Fixtures.SENTENCE), pages[0]);
        assertTrue(Fixtures.squeeze(pages[1]).contains(Fixtures.SECOND), pages[1]);
        assertEquals("application/pdf", text.mediaType());
        assertEquals("org.apache.tika.parser.pdf.PDFParser", text.parser());
        assertFalse(text.ocr());
    }

    @Test
    void reads_a_hand_written_odt() throws Exception {
        Path file = Fixtures.odt(dir.resolve("bao-cao.odt"), List.of(Fixtures.TITLE, Fixtures.SENTENCE));

        ExtractedText text = extractor.extract(file);

        assertTrue(text.text().contains(Fixtures.TITLE), text.text());
        assertTrue(text.text().contains(Fixtures.SENTENCE), text.text());
        assertEquals("application/vnd.oasis.opendocument.text", text.mediaType());
    }

    @Test
    void reads_rtf_with_unicode_escapes() throws Exception {
        Path file = Fixtures.rtf(dir.resolve("bao-cao.rtf"), List.of(Fixtures.TITLE, Fixtures.SENTENCE));

        ExtractedText text = extractor.extract(file);

        assertTrue(text.text().contains(Fixtures.TITLE), text.text());
        assertTrue(text.text().contains(Fixtures.SENTENCE), text.text());
        assertEquals("application/rtf", text.mediaType());
    }

    @Test
    void reads_html_without_its_markup() throws Exception {
        Path file = dir.resolve("thong-bao.html");
        Files.writeString(file, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Thông báo</title></head>"
                + "<body><h1>" + Fixtures.TITLE + "</h1><p>" + Fixtures.SENTENCE + "</p><script>var x = 1;</script>"
                + "</body></html>", StandardCharsets.UTF_8);

        ExtractedText text = extractor.extract(file);

        assertTrue(text.text().contains(Fixtures.TITLE), text.text());
        assertTrue(text.text().contains(Fixtures.SENTENCE), text.text());
        assertFalse(text.text().contains("<p>"), text.text());
        assertFalse(text.text().contains("var x"), text.text());
        assertEquals("text/html", text.mediaType());
    }

    @Test
    void decodes_utf16_text_by_its_byte_order_mark() throws Exception {
        Path file = Fixtures.text(dir.resolve("ghi-chu.txt"), Fixtures.SENTENCE + "\n", StandardCharsets.UTF_16,
                true);

        ExtractedText text = extractor.extract(file);

        assertEquals(Fixtures.SENTENCE, text.text().strip());
        assertEquals("text/plain", text.mediaType());
    }

    @Test
    void decodes_utf8_text_without_byte_order_mark() throws Exception {
        Path file = Fixtures.text(dir.resolve("ghi-chu.txt"), Fixtures.SECOND + "\n", StandardCharsets.UTF_8, false);

        ExtractedText text = extractor.extract(file);

        assertEquals(Fixtures.SECOND, text.text().strip());
        assertTrue(text.notes().contains("decoded as UTF-8"), text.notes().toString());
    }

    @Test
    void decodes_windows_1258_text_and_keeps_its_combining_tone_marks() throws Exception {
        String cp1258 = Fixtures.windows1258Form(Fixtures.SENTENCE + "\n" + Fixtures.SECOND + "\n");
        Path file = Fixtures.text(dir.resolve("cu.txt"), cp1258, VietnameseEncodingDetector.WINDOWS_1258, false);

        ExtractedText text = extractor.extract(file);

        assertEquals(cp1258.strip(), text.text().strip());
        assertTrue(text.text().contains("\u0301"), "tone marks stay combining for the normaliser");
        assertEquals(Fixtures.SENTENCE + "\n" + Fixtures.SECOND,
                Normalizer.normalize(text.text(), Normalizer.Form.NFC).strip());
        assertTrue(text.notes().contains("decoded as windows-1258"), text.notes().toString());
    }

    @Test
    void reads_csv_xlsx_and_xls_registers_as_text() throws Exception {
        Path csv = dir.resolve("ky-luat.csv");
        Files.writeString(csv, "Họ và tên,Hình thức\nNguyễn Văn An,Khiển trách\n", StandardCharsets.UTF_8);
        Path xlsx = spreadsheet(new XSSFWorkbook(), dir.resolve("xep-loai.xlsx"));
        Path xls = spreadsheet(new HSSFWorkbook(), dir.resolve("xep-loai.xls"));

        assertTrue(extractor.extract(csv).text().contains("Nguyễn Văn An,Khiển trách"));
        for (Path file : List.of(xlsx, xls)) {
            ExtractedText text = extractor.extract(file);
            assertTrue(text.text().contains("Trần Thị Bình"), text.text());
            assertTrue(text.text().contains("Hoàn thành tốt nhiệm vụ"), text.text());
        }
    }

    private static Path spreadsheet(Workbook workbook, Path file) throws IOException {
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Xếp loại");
            Row row = sheet.createRow(0);
            row.createCell(0).setCellValue("Trần Thị Bình");
            row.createCell(1).setCellValue("Hoàn thành tốt nhiệm vụ");
            workbook.write(out);
        }
        return file;
    }

    @Test
    void converts_runs_typed_in_a_tcvn3_font_to_unicode() throws Exception {
        String legacy;
        try {
            legacy = vn.soi.indexer.normalize.LegacyFontConverter.fromUnicode(Fixtures.SENTENCE,
                    vn.soi.indexer.normalize.LegacyEncoding.TCVN3);
        } catch (UnsupportedOperationException e) {
            throw new TestAbortedException("vn.soi.indexer.normalize legacy-font support is not merged yet", e);
        }
        Path file = Fixtures.docx(dir.resolve("tcvn3.docx"), ".VnTime", List.of(legacy));

        ExtractedText text = extractDocx(extractor, file);

        assertEquals(Fixtures.SENTENCE, text.text().strip());
        assertEquals(vn.soi.indexer.normalize.LegacyEncoding.TCVN3, text.legacyEncoding());
    }

    @Test
    void converts_runs_typed_in_a_vni_font_to_unicode() throws Exception {
        String legacy;
        try {
            legacy = vn.soi.indexer.normalize.LegacyFontConverter.fromUnicode(Fixtures.SECOND,
                    vn.soi.indexer.normalize.LegacyEncoding.VNI);
        } catch (UnsupportedOperationException e) {
            throw new TestAbortedException("vn.soi.indexer.normalize legacy-font support is not merged yet", e);
        }
        Path file = Fixtures.docx(dir.resolve("vni.docx"), "VNI-Times", List.of(legacy));

        ExtractedText text = extractDocx(extractor, file);

        assertEquals(Fixtures.SECOND, text.text().strip());
        assertEquals(vn.soi.indexer.normalize.LegacyEncoding.VNI, text.legacyEncoding());
    }

    @Test
    void keeps_unicode_runs_beside_legacy_font_runs() throws Exception {
        String legacy;
        try {
            legacy = vn.soi.indexer.normalize.LegacyFontConverter.fromUnicode(Fixtures.SENTENCE,
                    vn.soi.indexer.normalize.LegacyEncoding.TCVN3);
        } catch (UnsupportedOperationException e) {
            throw new TestAbortedException("vn.soi.indexer.normalize legacy-font support is not merged yet", e);
        }
        Path file = dir.resolve("tron.docx");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             OutputStream out = Files.newOutputStream(file)) {
            org.apache.poi.xwpf.usermodel.XWPFRun title = document.createParagraph().createRun();
            title.setText(Fixtures.TITLE);
            title.setFontFamily("Times New Roman");
            org.apache.poi.xwpf.usermodel.XWPFRun body = document.createParagraph().createRun();
            body.setText(legacy);
            body.setFontFamily(".VnTime");
            document.write(out);
        }

        ExtractedText text = extractDocx(extractor, file);

        assertEquals(Fixtures.TITLE + "\n" + Fixtures.SENTENCE, text.text().strip());
    }

    @Test
    void converts_a_tcvn3_run_whose_font_is_declared_only_in_its_paragraph_style() throws Exception {
        String legacy;
        try {
            legacy = vn.soi.indexer.normalize.LegacyFontConverter.fromUnicode(Fixtures.SENTENCE,
                    vn.soi.indexer.normalize.LegacyEncoding.TCVN3);
        } catch (UnsupportedOperationException e) {
            throw new TestAbortedException("vn.soi.indexer.normalize legacy-font support is not merged yet", e);
        }
        Path file = dir.resolve("kieu-cu.docx");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             OutputStream out = Files.newOutputStream(file)) {
            org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle style =
                    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
            style.setStyleId("VanBanCu");
            style.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.PARAGRAPH);
            style.addNewName().setVal("Văn bản cũ");
            org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts fonts = style.addNewRPr().addNewRFonts();
            fonts.setAscii(".VnTime");
            fonts.setHAnsi(".VnTime");
            document.createStyles().addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(style));
            org.apache.poi.xwpf.usermodel.XWPFParagraph paragraph = document.createParagraph();
            paragraph.setStyle("VanBanCu");
            paragraph.createRun().setText(legacy);
            document.write(out);
        }

        ExtractedText text = extractDocx(extractor, file);

        assertEquals(Fixtures.SENTENCE, text.text().strip());
        assertEquals(vn.soi.indexer.normalize.LegacyEncoding.TCVN3, text.legacyEncoding());
    }

    @Test
    void does_not_read_a_unicode_docx_a_second_time() throws Exception {
        Path file = Fixtures.docx(dir.resolve("unicode.docx"), "Times New Roman",
                List.of(Fixtures.TITLE, Fixtures.SENTENCE));
        long before = LegacyFontDocxReader.FULL_READS.get();

        ExtractedText text = extractDocx(extractor, file);

        assertEquals(before, LegacyFontDocxReader.FULL_READS.get());
        assertEquals(Fixtures.TITLE + "\n" + Fixtures.SENTENCE, text.text().strip());
        assertNull(text.legacyEncoding());
    }

    @Test
    void font_pre_check_sees_legacy_fonts_only_where_the_package_names_them() throws Exception {
        Path unicode = Fixtures.docx(dir.resolve("unicode.docx"), "Times New Roman", List.of(Fixtures.SENTENCE));
        Path vni = Fixtures.docx(dir.resolve("vni.docx"), "VNI-Times", List.of("ABC"));
        Path notZip = Fixtures.randomBytes(dir.resolve("hong.docx"), 512);

        assertFalse(LegacyFontDocxReader.mayUseLegacyFont(unicode, ExtractionLimits.DEFAULT_MAX_BYTES));
        assertTrue(LegacyFontDocxReader.mayUseLegacyFont(vni, ExtractionLimits.DEFAULT_MAX_BYTES));
        assertTrue(LegacyFontDocxReader.mayUseLegacyFont(notZip, ExtractionLimits.DEFAULT_MAX_BYTES),
                "an unreadable package is left to the full read");
        assertTrue(LegacyFontDocxReader.mayUseLegacyFont(unicode, 100),
                "a package inflating past the limit is left to the full read");
    }

    @Test
    void rejects_an_empty_file_with_named_error() throws Exception {
        Path file = Files.createFile(dir.resolve("rong.docx"));

        ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract(file));

        assertEquals(ExtractionFailure.EMPTY, e.reason());
        assertEquals("rong.docx: empty file (0 bytes)", e.getMessage());
    }

    @Test
    void rejects_a_truncated_pdf_as_corrupt() throws Exception {
        Path whole = Fixtures.typedPdf(dir.resolve("whole.pdf"), List.of(Fixtures.SENTENCE, Fixtures.SECOND));
        byte[] bytes = Files.readAllBytes(whole);
        Path file = dir.resolve("cut.pdf");
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 3));

        ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract(file));

        assertEquals(ExtractionFailure.CORRUPT, e.reason(), e.getMessage());
        assertTrue(e.getMessage().startsWith("cut.pdf: corrupt"), e.getMessage());
    }

    @Test
    void rejects_an_encrypted_pdf_with_named_error() throws Exception {
        Path file = Fixtures.encryptedPdf(dir.resolve("bao-cao.pdf"));

        ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract(file));

        assertEquals(ExtractionFailure.ENCRYPTED, e.reason());
        assertEquals("bao-cao.pdf: encrypted (password-protected PDF)", e.getMessage());
        assertEquals(file, e.file());
    }

    @Test
    void rejects_a_password_protected_docx_with_named_error() throws Exception {
        Path plain = Fixtures.docx(dir.resolve("plain.docx"), null, List.of(Fixtures.SENTENCE));
        Path file = dir.resolve("mat-khau.docx");
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem container =
                     new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            org.apache.poi.poifs.crypt.EncryptionInfo info =
                    new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
            org.apache.poi.poifs.crypt.Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("mat-khau");
            try (OutputStream out = encryptor.getDataStream(container)) {
                Files.copy(plain, out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                container.writeFilesystem(out);
            }
        }

        ExtractionException e = assertThrows(ExtractionException.class, () -> extractDocx(extractor, file));

        assertEquals(ExtractionFailure.ENCRYPTED, e.reason(), e.getMessage());
        assertEquals("mat-khau.docx: encrypted (password-protected document)", e.getMessage());
    }

    @Test
    void rejects_a_zip_bomb_docx_with_named_error() throws Exception {
        Path file = Fixtures.zipBombDocx(dir.resolve("bom.docx"));

        ExtractionException e = assertThrows(ExtractionException.class, () -> extractDocx(extractor, file));

        assertEquals(ExtractionFailure.ZIP_BOMB, e.reason(), e.getMessage());
        assertTrue(e.getMessage().matches("bom\\.docx: suspected zip bomb \\(\\d+ input bytes produced \\d+ output characters\\)"),
                e.getMessage());
    }

    @Test
    void refuses_xml_entity_expansion_billion_laughs() throws Exception {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        xml.append("]>\n<lolz>&lol9;</lolz>\n");
        Path file = dir.resolve("cuoi.xml");
        Files.writeString(file, xml, StandardCharsets.UTF_8);

        ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract(file));

        assertEquals(ExtractionFailure.CORRUPT, e.reason(), e.getMessage());
        assertEquals("cuoi.xml: corrupt (XML entity expansion beyond the limit (billion laughs))", e.getMessage());
    }

    @Test
    void rejects_an_oversized_file_before_parsing() throws Exception {
        Path file = Fixtures.text(dir.resolve("dai.txt"), Fixtures.SENTENCE.repeat(20), StandardCharsets.UTF_8,
                false);
        try (Extractor small = new Extractor(ExtractionLimits.defaults().withMaxBytes(1024))) {
            ExtractionException e = assertThrows(ExtractionException.class, () -> small.extract(file));

            assertEquals(ExtractionFailure.TOO_LARGE, e.reason());
            assertEquals("dai.txt: too large (" + String.format(java.util.Locale.ROOT, "%.1f KB",
                    Files.size(file) / 1024.0) + ", limit 1.0 KB)", e.getMessage());
        }
    }

    @Test
    void rejects_binary_data_named_docx_as_unsupported() throws Exception {
        Path file = Fixtures.randomBytes(dir.resolve("bao-cao.docx"), 4096);

        ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract(file));

        assertEquals(ExtractionFailure.UNSUPPORTED, e.reason(), e.getMessage());
        assertEquals("bao-cao.docx: unsupported format (binary data of no known format, named .docx)",
                e.getMessage());
    }

    @Test
    void rejects_text_beyond_the_character_limit() throws Exception {
        Path file = Fixtures.text(dir.resolve("dai.txt"), Fixtures.SENTENCE.repeat(10), StandardCharsets.UTF_8,
                false);
        try (Extractor small = new Extractor(ExtractionLimits.defaults().withMaxCharacters(100))) {
            ExtractionException e = assertThrows(ExtractionException.class, () -> small.extract(file));

            assertEquals(ExtractionFailure.TOO_MANY_CHARACTERS, e.reason());
            assertEquals("dai.txt: too much text (more than 100 characters)", e.getMessage());
        }
    }

    @Test
    void rejects_a_missing_file_as_unreadable() {
        Path file = dir.resolve("khong-co.pdf");

        ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract(file));

        assertEquals(ExtractionFailure.IO, e.reason());
        assertEquals("khong-co.pdf: cannot be read (no such file)", e.getMessage());
    }

    @Test
    void abandons_a_parse_that_outlasts_the_timeout() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        AbstractParser stuck = new AbstractParser() {
            @Override
            public Set<MediaType> getSupportedTypes(ParseContext context) {
                return Set.of(MediaType.TEXT_PLAIN);
            }

            @Override
            public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                    throws IOException {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
        };
        Path file = Fixtures.text(dir.resolve("cham.txt"), Fixtures.SENTENCE, StandardCharsets.UTF_8, false);
        try (Extractor slow = new Extractor(ExtractionLimits.defaults().withTimeout(Duration.ofMillis(300)), stuck)) {
            long start = System.nanoTime();
            ExtractionException e = assertThrows(ExtractionException.class, () -> slow.extract(file));

            assertEquals(ExtractionFailure.TIMEOUT, e.reason());
            assertEquals("cham.txt: timed out (limit 300 ms)", e.getMessage());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 5_000);
        }
    }

    @Test
    void parses_embedded_documents_only_down_to_the_depth_limit() throws Exception {
        Path file = dir.resolve("ho-so.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("ghi-chu.txt"));
            zip.write(Fixtures.SENTENCE.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        try (Extractor shallow = new Extractor(ExtractionLimits.defaults().withMaxEmbeddedDepth(0).withOcr(false))) {
            ExtractedText text = shallow.extract(file);
            assertFalse(text.text().contains(Fixtures.SENTENCE), text.text());
            assertTrue(text.notes().contains("1 embedded document(s) deeper than 0 not read"), text.notes().toString());
        }
        assertTrue(extractor.extract(file).text().contains(Fixtures.SENTENCE));
    }

    @Test
    void one_extractor_serves_several_threads() throws Exception {
        List<Path> files = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            files.add(Fixtures.text(dir.resolve("t" + i + ".txt"), Fixtures.SENTENCE + " " + i,
                    StandardCharsets.UTF_8, false));
        }
        List<String> texts = files.parallelStream().map(file -> {
            try {
                return extractor.extract(file).text().strip();
            } catch (ExtractionException e) {
                throw new AssertionError(e.getMessage(), e);
            }
        }).toList();
        for (int i = 0; i < 6; i++) {
            assertEquals(Fixtures.SENTENCE + " " + i, texts.get(i));
        }
    }
}

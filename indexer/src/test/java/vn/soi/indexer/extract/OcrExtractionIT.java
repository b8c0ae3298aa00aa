package vn.soi.indexer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OCR of a scanned PDF and of a photographed page with Tesseract ({@code vie+eng}). Needs the Debian packages
 * tesseract-ocr and tesseract-ocr-vie; skips without them. Prints the character error rate against the printed text.
 */
class OcrExtractionIT {

    /** Highest character error rate accepted (measured here: 0.000 for the scan, 0.008 for the photo). */
    private static final double MAX_CER = 0.05;
    private static final String EXPECTED = Fixtures.squeeze(String.join(" ", Fixtures.OCR_LINES));

    private static Extractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/tesseract")), "tesseract-ocr is not installed");
        assumeTrue(Files.exists(Path.of("/usr/share/tesseract-ocr/5/tessdata/vie.traineddata")),
                "tesseract-ocr-vie is not installed");
        extractor = new Extractor(ExtractionLimits.defaults());
    }

    @AfterAll
    static void stop() {
        if (extractor != null) {
            extractor.close();
        }
    }

    @Test
    void reads_a_scanned_pdf_without_text_layer_by_ocr() throws Exception {
        Path file = Fixtures.scannedPdf(dir.resolve("bien-ban-scan.pdf"));

        ExtractedText text = extractor.extract(file);

        double cer = Fixtures.characterErrorRate(EXPECTED, Fixtures.squeeze(text.text()));
        System.out.printf(Locale.ROOT, "scanned PDF: CER %.4f, text: %s%n", cer, Fixtures.squeeze(text.text()));
        assertTrue(cer < MAX_CER, "CER " + cer + " for: " + text.text());
        assertTrue(text.ocr());
        assertEquals("application/pdf", text.mediaType());
        assertEquals("org.apache.tika.parser.pdf.PDFParser", text.parser());
    }

    @Test
    void reads_a_photographed_page_by_ocr() throws Exception {
        Path file = Fixtures.png(dir.resolve("trang.png"));

        ExtractedText text = extractor.extract(file);

        double cer = Fixtures.characterErrorRate(EXPECTED, Fixtures.squeeze(text.text()));
        System.out.printf(Locale.ROOT, "PNG photo (%s): CER %.4f, text: %s%n", text.parser(), cer,
                Fixtures.squeeze(text.text()));
        assertTrue(cer < MAX_CER, "CER " + cer + " for: " + text.text());
        assertTrue(text.ocr());
        assertEquals("image/png", text.mediaType());
        assertEquals("org.apache.tika.parser.ocr.TesseractOCRParser", text.parser());
    }

    @Test
    void leaves_a_scanned_pdf_empty_when_ocr_is_off() throws Exception {
        Path file = Fixtures.scannedPdf(dir.resolve("bien-ban-scan.pdf"));
        try (Extractor noOcr = new Extractor(ExtractionLimits.defaults().withOcr(false))) {
            ExtractedText text = noOcr.extract(file);

            assertTrue(text.text().isBlank(), text.text());
            assertFalse(text.ocr());
            assertTrue(text.notes().contains("no text found (OCR is off)"), text.notes().toString());
        }
    }
}

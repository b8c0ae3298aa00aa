package vn.soi.indexer.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.soi.indexer.extract.ExtractionException;
import vn.soi.indexer.extract.ExtractionFailure;
import vn.soi.indexer.extract.ExtractionLimits;
import vn.soi.indexer.extract.Extractor;

/** A PNG declaring 50,000 x 50,000 pixels (2.5 GB decoded) costs at most its own file, within the time limit. */
class HostileImageIT {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void an_image_declaring_fifty_thousand_pixels_square_is_bounded_by_the_time_limit() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/tesseract")), "Tesseract is not installed");
        Path file = HostileFiles.write(dir.resolve("anh-khong-lo.png"), HostileFiles.pngDeclaring(50_000, 50_000));
        try (Extractor extractor = new Extractor(ExtractionLimits.defaults().withTimeout(LIMIT))) {
            long start = System.nanoTime();
            ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract(file));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            // Tesseract (leptonica, libpng) gives up on the missing rows at once: refused as corrupt, not hung.
            assertEquals(ExtractionFailure.CORRUPT, e.reason(), e.getMessage());
            assertTrue(e.getMessage().startsWith("anh-khong-lo.png: corrupt (TesseractOCRParser bad exit value"),
                    e.getMessage());
            assertTrue(took.compareTo(LIMIT) < 0, "took " + took);
            Path good = Files.writeString(dir.resolve("binh-thuong.txt"), HostileFiles.SECOND, StandardCharsets.UTF_8);
            assertEquals(HostileFiles.SECOND, extractor.extract(good).text().strip());
        }
    }
}

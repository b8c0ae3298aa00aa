package vn.soi.indexer.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.records.Register;
import vn.soi.indexer.records.RegisterException;
import vn.soi.indexer.records.RegisterReader;
import vn.soi.indexer.records.RegisterVocabulary;
import vn.soi.indexer.records.RegisterWarning;

/**
 * The register reader takes any file: it returns a register (bad rows as warnings) or refuses the file with a
 * {@link RegisterException} naming the file and the reason; nothing else escapes. Regression inputs:
 * {@code RegisterReaderFuzzTestInputs/<method>/} (the raw bytes of the file).
 */
class RegisterReaderFuzzTest {

    private static Path folder;
    private static RegisterReader reader;

    @BeforeAll
    static void start() throws IOException {
        folder = Files.createTempDirectory("soi-register-fuzz");
        reader = new RegisterReader(RegisterVocabulary.standard());
    }

    @AfterAll
    static void cleanUp() throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @FuzzTest(maxDuration = "2m")
    void csv_register_is_read_or_refused_by_name(byte[] data) throws IOException {
        readOrRefuse(Files.write(folder.resolve("so-ky-luat.csv"), data));
    }

    private static void readOrRefuse(Path file) {
        Optional<DocumentType> detected;
        try {
            detected = reader.detect(file);
        } catch (RegisterException e) {
            assertRefusal(file, e);
            return;
        }
        try {
            Register register = reader.read(file);
            assertEquals(detected, Optional.of(register.type()), "detect and read disagree on the header");
            for (RegisterWarning warning : register.warnings()) {
                assertTrue(warning.message().startsWith("Tệp " + file.getFileName() + ", dòng "), warning.message());
            }
        } catch (RegisterException e) {
            assertRefusal(file, e);
        }
    }

    private static void assertRefusal(Path file, RegisterException e) {
        assertNotNull(e.reason());
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith(file + ": " + e.reason() + ": "), e.getMessage());
    }
}

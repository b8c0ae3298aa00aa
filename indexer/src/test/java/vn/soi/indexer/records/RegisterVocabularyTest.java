package vn.soi.indexer.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterVocabularyTest {

    @TempDir
    Path dir;

    @Test
    void matches_headers_ignoring_case_diacritics_punctuation_and_spacing() throws Exception {
        RegisterVocabulary vocabulary = Fixtures.vocabulary();

        assertEquals(Optional.of(RegisterColumn.PERSON), vocabulary.column("HỌ VÀ TÊN"));
        assertEquals(Optional.of(RegisterColumn.PERSON), vocabulary.column("Ho  va ten:"));
        assertEquals(Optional.of(RegisterColumn.PERSON), vocabulary.column("Họ tên"));
        assertEquals(Optional.of(RegisterColumn.ORGANISATION), vocabulary.column("TỔ CHỨC ĐẢNG"));
        assertEquals(Optional.of(RegisterColumn.DECISION_NUMBER), vocabulary.column("Số QĐ"));
        assertEquals(Optional.of(RegisterColumn.RATING), vocabulary.column("Mức xếp loại"));
        assertEquals(Optional.empty(), vocabulary.column("Quê quán"));
    }

    @Test
    void rejects_a_seed_line_naming_an_unknown_column_with_file_and_line() throws Exception {
        Files.createDirectories(dir.resolve("registers"));
        Files.writeString(dir.resolve(RegisterVocabulary.HEADERS), "# thử\nPERSON\tHọ và tên\nNAME\tTên\n");
        Files.writeString(dir.resolve(RegisterVocabulary.FORMS), "WARNING\tCảnh cáo\n");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RegisterVocabulary.load(dir));

        assertTrue(e.getMessage().contains("headers.tsv:3"), e.getMessage());
        assertTrue(e.getMessage().contains("NAME"), e.getMessage());
    }
}

package vn.soi.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.soi.indexer.document.Classification;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.ExtractedField;
import vn.soi.indexer.document.FieldName;
import vn.soi.indexer.document.Opinion;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.document.Provenance;
import vn.soi.indexer.index.DocumentIndex;
import vn.soi.indexer.records.DisciplineForm;
import vn.soi.indexer.records.DisciplineRecord;

class CorpusNamesTest {
    @TempDir
    Path indexDir;

    private static ParsedDocument minutes(String id, String chair) {
        String text = "Biên bản. Đồng chí Vũ Thị Mai góp ý.";
        return new ParsedDocument(id, new Provenance(id + ".txt", "h-" + id, 1, "text/plain", "test", false,
                List.of(), Instant.EPOCH), text, new Classification(DocumentType.MINUTES, 1, List.of()),
                List.of(ExtractedField.derived(FieldName.CHAIR, chair)), List.of(),
                List.of(new Opinion("Vũ Thị Mai", 10, text.length(), false)),
                List.of(new DisciplineRecord("Chi bộ Kho bạc", true, "Đảng bộ Sở", "", DisciplineForm.WARNING,
                        LocalDate.of(2023, 1, 2), "", "", 2, Map.of()),
                        new DisciplineRecord("Đỗ Văn Hải", false, "Chi bộ Kho bạc", "", DisciplineForm.WARNING,
                                LocalDate.of(2023, 1, 2), "", "", 3, Map.of())),
                List.of());
    }

    @Test
    void gathers_person_fields_speakers_and_register_people_but_not_organisations() {
        assertEquals(List.of("Trịnh Văn Long", "Vũ Thị Mai", "Đỗ Văn Hải"),
                List.copyOf(CorpusNames.of(minutes("m1", "Trịnh Văn Long"))));
    }

    @Test
    void names_follow_the_index_after_each_commit() throws IOException {
        try (DocumentIndex index = DocumentIndex.open(indexDir)) {
            CorpusNames names = new CorpusNames(index);
            assertTrue(names.names().isEmpty());
            index.upsert(minutes("m1", "Trịnh Văn Long"));
            index.commit();
            assertTrue(names.names().contains("Trịnh Văn Long"));
            assertTrue(names.names().contains("Trinh Van Long"), "and without diacritics");
            index.upsert(minutes("m2", "Bùi Quang Khải"));
            index.commit();
            assertTrue(names.names().contains("Bùi Quang Khải"));
        }
    }
}

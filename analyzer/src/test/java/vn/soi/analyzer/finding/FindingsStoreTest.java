package vn.soi.analyzer.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.soi.indexer.document.DocumentType;

class FindingsStoreTest {

    @TempDir
    Path dir;

    private static Finding finding(String document, double score) {
        Subject subject = new Subject(Subject.Kind.PERSON, "Nguyễn Văn An", "Chi bộ Phòng Tài chính", 2024);
        return new Finding(FindingKey.of(SignalId.PRAISE_HEAVY, subject, List.of("a".repeat(64))),
                SignalId.PRAISE_HEAVY, Severity.MEDIUM, score, document, DocumentType.INDIVIDUAL_REPORT, subject,
                List.of(new Evidence(document, "Hoàn thành tốt mọi nhiệm vụ", 10, 37)),
                Map.of("strengthsSentences", 41, "shortcomingsSentences", 3),
                "Phần ưu điểm dài gấp 13 lần phần khuyết điểm.", "seed 002");
    }

    @Test
    void replaces_the_whole_set_and_reads_it_back_with_vietnamese_intact() throws Exception {
        FindingsStore store = new FindingsStore(dir);
        store.replace(List.of(finding("a.docx", 0.5), finding("b.docx", 0.9)));
        store.replace(List.of(finding("c.docx", 0.7)));

        List<Finding> loaded = store.load();

        assertEquals(1, loaded.size());
        assertEquals("c.docx", loaded.get(0).document());
        assertEquals("Nguyễn Văn An", loaded.get(0).subject().name());
        assertEquals(41, ((Number) loaded.get(0).measures().get("strengthsSentences")).intValue());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("findings.jsonl")), files.toList(), "no temporary file is left");
        }
    }

    @Test
    void writes_severity_in_lower_case_as_the_contract_says() throws Exception {
        String json = FindingsStore.toJson(finding("a.docx", 0.5));
        assertTrue(json.contains("\"severity\":\"medium\""), json);
        assertTrue(json.contains("\"signal\":\"PRAISE_HEAVY\""), json);
    }

    @Test
    void an_empty_store_loads_as_no_findings() throws Exception {
        assertEquals(List.of(), new FindingsStore(dir.resolve("none")).load());
    }

    @Test
    void key_is_stable_for_the_same_documents_and_changes_with_content() {
        Subject s = new Subject(Subject.Kind.PERSON, "Trần Thị Bình", "Chi bộ Trường THCS Hòa Bình", 2023);
        String one = FindingKey.of(SignalId.BLAME_EXTERNAL, s, List.of("h1", "h2"));
        assertEquals(one, FindingKey.of(SignalId.BLAME_EXTERNAL, s, List.of("h2", "h1")));
        assertNotEquals(one, FindingKey.of(SignalId.BLAME_EXTERNAL, s, List.of("h1", "h3")));
    }

    @Test
    void refuses_a_finding_without_evidence_or_with_a_score_outside_zero_to_one() {
        Subject s = new Subject(Subject.Kind.DOCUMENT, "", "", null);
        assertThrows(IllegalArgumentException.class, () -> new Finding("k", SignalId.BOILERPLATE, Severity.LOW, 0.5,
                "a", DocumentType.OTHER, s, List.of(), Map.of(), "x", "y"));
        assertThrows(IllegalArgumentException.class, () -> new Finding("k", SignalId.BOILERPLATE, Severity.LOW, 1.5,
                "a", DocumentType.OTHER, s, List.of(Evidence.row("r.csv", "row")), Map.of(), "x", "y"));
    }
}

package vn.soi.indexer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.ParsedDocument;

class DocumentIndexTest {

    @TempDir
    Path folder;

    @Test
    void upsert_replaces_the_document_with_the_same_id() throws Exception {
        try (DocumentIndex index = DocumentIndex.open(folder)) {
            index.upsert(TestDocuments.reportA());
            index.commit();
            ParsedDocument changed = TestDocuments.document("id-a", "reports/2023/nguyen-van-a.docx", "hash-a2",
                    DocumentType.INDIVIDUAL_REPORT, "Bản sửa: đã khắc phục xong.", List.of(), List.of());
            index.upsert(changed);
            index.commit();
            assertEquals(1, index.count());
            assertEquals("Bản sửa: đã khắc phục xong.", index.find("id-a").orElseThrow().text());
            SearchService search = new SearchService(index);
            assertEquals(1, search.search(SearchRequest.of("khắc phục xong")).total());
            assertEquals(0, search.search(SearchRequest.of("giải ngân")).total());
        }
    }

    @Test
    void finds_a_document_by_id_content_hash_or_path() throws Exception {
        try (DocumentIndex index = DocumentIndex.open(folder)) {
            TestDocuments.all().forEach(d -> upsert(index, d));
            index.commit();
            ParsedDocument expected = TestDocuments.minutes();
            assertEquals(expected, index.find("id-m").orElseThrow());
            assertEquals(expected, index.find("hash-m").orElseThrow());
            assertEquals(expected, index.find("minutes/bien-ban-2023.pdf").orElseThrow());
            assertEquals(expected, index.find("./minutes\\bien-ban-2023.pdf").orElseThrow());
            assertEquals(Optional.empty(), index.find("nothing-like-this"));
            assertEquals(Optional.of("hash-b"), index.contentHashOfPath("reports/2022/tran-thi-b.docx"));
            assertEquals(Optional.empty(), index.contentHashOfPath("reports/none.docx"));
        }
    }

    @Test
    void changes_are_visible_and_durable_only_after_commit() throws Exception {
        try (DocumentIndex index = DocumentIndex.open(folder)) {
            index.upsert(TestDocuments.reportA());
            index.commit();
            index.upsert(TestDocuments.reportB());
            assertEquals(1, index.count());
        }
        try (DocumentIndex reopened = DocumentIndex.open(folder)) {
            assertEquals(1, reopened.count());
            reopened.upsert(TestDocuments.reportB());
            reopened.delete("id-a");
            reopened.commit();
            assertEquals(List.of("id-b"), reopened.all().stream().map(ParsedDocument::id).toList());
        }
    }

    @Test
    void streams_every_document_with_its_text() throws Exception {
        try (DocumentIndex index = DocumentIndex.open(folder)) {
            TestDocuments.all().forEach(d -> upsert(index, d));
            index.commit();
            List<ParsedDocument> seen = new ArrayList<>();
            index.forEach(seen::add);
            assertEquals(4, seen.size());
            assertTrue(seen.containsAll(TestDocuments.all()));
        }
    }

    @Test
    void a_second_open_of_the_same_index_fails_with_a_clear_message() throws Exception {
        try (DocumentIndex index = DocumentIndex.open(folder)) {
            IOException e = assertThrows(IOException.class, () -> DocumentIndex.open(folder));
            assertTrue(e.getMessage().contains("in use"), e.getMessage());
            assertEquals(0, index.count());
        }
    }

    @Test
    void an_empty_index_searches_to_nothing() throws Exception {
        try (DocumentIndex index = DocumentIndex.open(folder)) {
            SearchResult result = new SearchService(index).search(SearchRequest.of("đảng"));
            assertEquals(0, result.total());
            assertTrue(result.facet(FacetDimension.TYPE).isEmpty());
        }
    }

    @Test
    void searches_run_safely_while_documents_are_written_and_committed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try (DocumentIndex index = DocumentIndex.open(folder)) {
            SearchService search = new SearchService(index);
            Future<?> writer = pool.submit(() -> {
                for (int i = 1; i <= 20; i++) {
                    index.upsert(TestDocuments.document("w" + i, "w/" + i + ".txt", "h" + i,
                            DocumentType.OTHER, "Văn bản số " + i + " nêu khuyết điểm.", List.of(), List.of()));
                    if (i % 5 == 0) {
                        index.commit();
                    }
                }
                return null;
            });
            List<Future<Long>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(pool.submit(() -> {
                    long last = 0;
                    for (int i = 0; i < 30; i++) {
                        long total = search.search(SearchRequest.of("khuyết điểm")).total();
                        assertTrue(total >= last, total + " after " + last);
                        last = total;
                    }
                    return last;
                }));
            }
            writer.get(30, TimeUnit.SECONDS);
            for (Future<Long> reader : readers) {
                assertTrue(reader.get(30, TimeUnit.SECONDS) <= 20);
            }
            assertEquals(20, search.search(SearchRequest.of("khuyết điểm")).total());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void upsert(DocumentIndex index, ParsedDocument document) {
        try {
            index.upsert(document);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

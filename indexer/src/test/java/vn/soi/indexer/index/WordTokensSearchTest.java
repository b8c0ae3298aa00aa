package vn.soi.indexer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.nlp.segment.WordSegmenter;

/** The index with VnCoreNLP's model configured: words are extra tokens, and search works as with syllables alone. */
class WordTokensSearchTest {

    private static WordSegmenter segmenter;

    @TempDir
    Path folder;

    @BeforeAll
    static void loadModel() throws IOException {
        Path models = Path.of(System.getProperty("soi.shared", "../shared"), "vncorenlp", "models");
        assumeTrue(Files.isDirectory(models), "VnCoreNLP model not found in " + models + ": test skipped");
        segmenter = WordSegmenter.load(models);
    }

    @Test
    void text_fields_get_multi_syllable_words_beside_their_syllables() throws IOException {
        Analyzer analyzer = SchemaAnalyzers.perField(Optional.of(segmenter));
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(IndexSchema.TEXT, "Ban Thường vụ Huyện uỷ làm việc")) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        assertTrue(tokens.contains("huyện_ủy"), tokens.toString());
        assertTrue(tokens.contains("làm_việc"), tokens.toString());
        assertTrue(tokens.containsAll(List.of("huyện", "ủy", "làm", "việc")), tokens.toString());
    }

    @Test
    void an_index_with_words_answers_the_same_phrase_and_term_queries() throws Exception {
        try (DocumentIndex index = DocumentIndex.open(folder.resolve("index"), Optional.of(segmenter))) {
            for (ParsedDocument document : TestDocuments.all()) {
                index.upsert(document);
            }
            index.commit();
            SearchService search = new SearchService(index);
            List<String> withWords = search.search(SearchRequest.of("\"huyện uỷ\"")).hits().stream()
                    .map(SearchHit::id).sorted().toList();
            assertEquals(List.of("id-a", "id-b"), withWords);
        }
    }
}

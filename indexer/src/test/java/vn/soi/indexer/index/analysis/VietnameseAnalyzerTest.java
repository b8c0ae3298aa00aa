package vn.soi.indexer.index.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.util.BytesRef;
import org.junit.Test;

/** Lucene-contract tests of the exact and the folding Vietnamese analyzers (JUnit 4, run through Vintage). */
public class VietnameseAnalyzerTest extends BaseTokenStreamTestCase {

    @Test
    public void exact_analyzer_normalises_like_ingest_and_lowercases() throws IOException {
        try (Analyzer a = new VietnameseAnalyzer()) {
            assertAnalyzesTo(a, "\u00D0ảng uỷ HUYỆN", new String[] {"đảng", "ủy", "huyện"},
                    new int[] {0, 5, 8}, new int[] {4, 7, 13});
            assertAnalyzesTo(a, "huye\u0323\u0302n uy\u0309", new String[] {"huyện", "ủy"},
                    new int[] {0, 8}, new int[] {7, 11});
        }
    }

    @Test
    public void exact_analyzer_keeps_negations_and_function_words() throws IOException {
        try (Analyzer a = new VietnameseAnalyzer()) {
            assertAnalyzesTo(a, "Không có và chưa của", new String[] {"không", "có", "và", "chưa", "của"});
        }
    }

    @Test
    public void folding_analyzer_drops_diacritics_with_the_same_offsets() throws IOException {
        try (Analyzer a = new VietnameseFoldingAnalyzer()) {
            assertAnalyzesTo(a, "Khuyết \u00D0iểm uỷ", new String[] {"khuyet", "diem", "uy"},
                    new int[] {0, 7, 12}, new int[] {6, 11, 14});
        }
    }

    @Test
    public void query_terms_are_normalised_like_documents() {
        try (Analyzer exact = new VietnameseAnalyzer(); Analyzer folding = new VietnameseFoldingAnalyzer()) {
            assertEquals(new BytesRef("ủy"), exact.normalize("f", "Uỷ"));
            assertEquals(new BytesRef("đảng"), exact.normalize("f", "\u00D0ảng"));
            assertEquals(new BytesRef("khuyet"), folding.normalize("f", "KHUYẾT"));
        }
    }

    @Test
    public void the_same_chain_can_be_assembled_from_the_factories_by_name() throws IOException {
        try (Analyzer custom = CustomAnalyzer.builder()
                .addCharFilter(VietnameseCanonicalCharFilterFactory.NAME)
                .withTokenizer(VietnameseSyllableTokenizerFactory.NAME)
                .addTokenFilter("lowercase")
                .addTokenFilter(VietnameseFoldingFilterFactory.NAME)
                .build()) {
            assertAnalyzesTo(custom, "Khuyết \u00D0iểm uỷ", new String[] {"khuyet", "diem", "uy"},
                    new int[] {0, 7, 12}, new int[] {6, 11, 14});
        }
    }

    @Test
    public void survives_random_data() throws IOException {
        try (Analyzer exact = new VietnameseAnalyzer(); Analyzer folding = new VietnameseFoldingAnalyzer()) {
            checkRandomData(random(), exact, 200 * RANDOM_MULTIPLIER);
            checkRandomData(random(), folding, 200 * RANDOM_MULTIPLIER);
        }
    }
}

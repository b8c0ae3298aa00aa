package vn.soi.indexer.index.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import vn.soi.indexer.nlp.segment.ModelLocation;
import vn.soi.indexer.nlp.segment.WordSegmenter;

/**
 * The word filter over syllable tokens, with the published VnCoreNLP model (skipped when it is absent). Lucene's test
 * framework runs on JUnit 4 (through the Vintage engine).
 */
public class VietnameseWordFilterTest extends BaseTokenStreamTestCase {

    private static WordSegmenter segmenter;
    private static Path models;

    @BeforeClass
    public static void loadModel() throws IOException {
        String shared = System.getProperty("soi.shared");
        models = shared == null ? null : Path.of(shared, "vncorenlp", "models");
        if (models != null && Files.isDirectory(models)) {
            segmenter = WordSegmenter.load(models);
        }
    }

    @AfterClass
    public static void releaseModel() {
        segmenter = null;
        models = null;
    }

    private static WordSegmenter segmenterOrSkip() {
        assumeTrue("VnCoreNLP model not found (system property soi.shared + /vncorenlp/models): skipping",
                segmenter != null);
        return segmenter;
    }

    private static Analyzer analyzer(WordSegmenter segmenter, boolean standard) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = standard ? new StandardTokenizer()
                        : new MockTokenizer(MockTokenizer.WHITESPACE, false);
                return new TokenStreamComponents(tokenizer, new VietnameseWordFilter(tokenizer, segmenter));
            }
        };
    }

    @Test
    public void test_adds_words_at_their_first_syllable_keeping_the_syllables() throws IOException {
        try (Analyzer a = analyzer(segmenterOrSkip(), true)) {
            assertAnalyzesTo(a, "Ủy ban làm việc với nhân dân",
                    new String[] {"Ủy", "Ủy_ban", "ban", "làm", "làm_việc", "việc", "với", "nhân", "nhân_dân", "dân"},
                    new int[] {0, 0, 3, 7, 7, 11, 16, 20, 20, 25},
                    new int[] {2, 6, 6, 10, 15, 15, 19, 24, 28, 28},
                    new String[] {"<ALPHANUM>", VietnameseWordFilter.WORD_TYPE, "<ALPHANUM>", "<ALPHANUM>",
                            VietnameseWordFilter.WORD_TYPE, "<ALPHANUM>", "<ALPHANUM>", "<ALPHANUM>",
                            VietnameseWordFilter.WORD_TYPE, "<ALPHANUM>"},
                    new int[] {1, 0, 1, 1, 0, 1, 1, 1, 0, 1},
                    new int[] {1, 2, 1, 1, 2, 1, 1, 1, 2, 1});
        }
    }

    @Test
    public void test_joins_a_three_syllable_name_and_never_joins_across_punctuation() throws IOException {
        try (Analyzer a = analyzer(segmenterOrSkip(), true)) {
            assertAnalyzesTo(a, "Nguyễn Văn Thành, huyện uỷ",
                    new String[] {"Nguyễn", "Nguyễn_Văn_Thành", "Văn", "Thành", "huyện", "huyện_uỷ", "uỷ"},
                    new int[] {0, 0, 7, 11, 18, 18, 24},
                    new int[] {6, 16, 10, 16, 23, 26, 26},
                    null,
                    new int[] {1, 0, 1, 1, 1, 0, 1},
                    new int[] {1, 3, 1, 1, 1, 2, 1});
            assertAnalyzesTo(a, "nhân, dân", new String[] {"nhân", "dân"});
        }
    }

    @Test
    public void test_survives_random_text() throws IOException {
        WordSegmenter s = segmenterOrSkip();
        try (Analyzer standard = analyzer(s, true); Analyzer whitespace = analyzer(s, false)) {
            checkRandomData(random(), standard, 200 * RANDOM_MULTIPLIER);
            checkRandomData(random(), whitespace, 200 * RANDOM_MULTIPLIER);
        }
    }

    @Test
    public void test_factory_is_found_by_its_spi_name_and_rejects_unknown_parameters() throws IOException {
        segmenterOrSkip();
        Map<String, String> args = new HashMap<>();
        args.put("models", models.toString());
        TokenFilterFactory factory = TokenFilterFactory.forName(VietnameseWordFilterFactory.NAME, args);
        assertTrue(factory instanceof VietnameseWordFilterFactory);
        assertTrue(((VietnameseWordFilterFactory) factory).segments());
        Map<String, String> bad = new HashMap<>();
        bad.put("colour", "đỏ");
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
                () -> TokenFilterFactory.forName(VietnameseWordFilterFactory.NAME, bad));
        assertTrue(e.getMessage(), e.getMessage().contains("colour"));
    }

    @Test
    public void test_factory_without_a_model_passes_syllables_through() throws IOException {
        assumeTrue("SOI_VNCORENLP_MODELS is set in this environment: skipping",
                System.getenv(ModelLocation.ENVIRONMENT_VARIABLE) == null);
        VietnameseWordFilterFactory factory = new VietnameseWordFilterFactory(new HashMap<>());
        assertFalse(factory.segments());
        try (Analyzer a = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, factory.create(tokenizer));
            }
        }) {
            assertAnalyzesTo(a, "nhân dân", new String[] {"nhân", "dân"}, new int[] {1, 1});
        }
    }
}

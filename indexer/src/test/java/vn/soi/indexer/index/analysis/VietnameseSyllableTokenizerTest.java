package vn.soi.indexer.index.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.junit.Test;

/** Lucene-contract tests of the syllable tokenizer (JUnit 4, run through the Vintage engine). */
public class VietnameseSyllableTokenizerTest extends BaseTokenStreamTestCase {

    private static Analyzer syllables() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new VietnameseSyllableTokenizer());
            }
        };
    }

    @Test
    public void splits_vietnamese_text_into_syllables_with_offsets() throws IOException {
        try (Analyzer a = syllables()) {
            assertAnalyzesTo(a, "Đảng ủy xã Tân Phú, năm 2023.",
                    new String[] {"Đảng", "ủy", "xã", "Tân", "Phú", "năm", "2023"},
                    new int[] {0, 5, 8, 11, 15, 20, 24}, new int[] {4, 7, 10, 14, 18, 23, 28},
                    new String[] {"<SYLLABLE>", "<SYLLABLE>", "<SYLLABLE>", "<SYLLABLE>", "<SYLLABLE>",
                        "<SYLLABLE>", "<NUM>"},
                    new int[] {1, 1, 1, 1, 1, 1, 1});
        }
    }

    @Test
    public void splits_document_numbers_at_hyphens_and_slashes() throws IOException {
        try (Analyzer a = syllables()) {
            assertAnalyzesTo(a, "Quy định 124-QĐ/TW", new String[] {"Quy", "định", "124", "QĐ", "TW"});
        }
    }

    @Test
    public void keeps_grouping_and_decimal_separators_between_digits() throws IOException {
        try (Analyzer a = syllables()) {
            assertAnalyzesTo(a, "tăng 4,2% so với 1.234 người; mục 1.2.3, điểm 5,",
                    new String[] {"tăng", "4,2", "so", "với", "1.234", "người", "mục", "1.2.3", "điểm", "5"},
                    new int[] {0, 5, 10, 13, 17, 23, 30, 34, 41, 46}, new int[] {4, 8, 12, 16, 22, 28, 33, 39, 45, 47});
        }
    }

    @Test
    public void keeps_combining_marks_inside_the_syllable() throws IOException {
        try (Analyzer a = syllables()) {
            assertAnalyzesTo(a, "Vie\u0323\u0302t-Nam", new String[] {"Vie\u0323\u0302t", "Nam"},
                    new int[] {0, 7}, new int[] {6, 10});
        }
    }

    @Test
    public void splits_runs_longer_than_the_limit() throws IOException {
        Tokenizer tokenizer = new VietnameseSyllableTokenizer(Tokenizer.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, 3);
        tokenizer.setReader(new StringReader("nghiêng ab"));
        assertTokenStreamContents(tokenizer, new String[] {"ngh", "iên", "g", "ab"},
                new int[] {0, 3, 6, 8}, new int[] {3, 6, 7, 10}, 10);
    }

    @Test
    public void gives_nothing_for_empty_or_punctuation_only_input() throws IOException {
        try (Analyzer a = syllables()) {
            assertAnalyzesTo(a, "", new String[0]);
            assertAnalyzesTo(a, " -- ,.;% ", new String[0]);
        }
    }

    @Test
    public void reads_input_longer_than_its_buffer() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            text.append("kiểm điểm ");
        }
        try (Analyzer a = syllables()) {
            String[] expected = new String[6000];
            for (int i = 0; i < 6000; i++) {
                expected[i] = i % 2 == 0 ? "kiểm" : "điểm";
            }
            assertAnalyzesTo(a, text.toString(), expected);
        }
    }

    @Test
    public void survives_random_data() throws IOException {
        try (Analyzer a = syllables()) {
            checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
            checkRandomData(random(), a, 20 * RANDOM_MULTIPLIER, 8192);
        }
    }

    @Test
    public void factory_is_found_by_name_and_rejects_unknown_arguments() throws IOException {
        Map<String, String> args = new HashMap<>(Map.of("maxTokenLength", "2"));
        Tokenizer tokenizer = TokenizerFactory.forName(VietnameseSyllableTokenizerFactory.NAME, args).create();
        tokenizer.setReader(new StringReader("xã"));
        assertTokenStreamContents(tokenizer, new String[] {"xã"});
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
                () -> TokenizerFactory.forName(VietnameseSyllableTokenizerFactory.NAME,
                        new HashMap<>(Map.of("bogus", "1"))));
        assertTrue(e.getMessage(), e.getMessage().contains("bogus"));
    }
}

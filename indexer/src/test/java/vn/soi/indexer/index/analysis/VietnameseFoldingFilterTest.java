package vn.soi.indexer.index.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;
import org.junit.Test;

/** Lucene-contract tests of the diacritic-folding filter (JUnit 4, run through the Vintage engine). */
public class VietnameseFoldingFilterTest extends BaseTokenStreamTestCase {

    private static Analyzer folding() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new MockTokenizer(MockTokenizer.WHITESPACE, false);
                return new TokenStreamComponents(tokenizer, new VietnameseFoldingFilter(tokenizer));
            }
        };
    }

    @Test
    public void removes_tone_and_vowel_marks_and_folds_d_with_stroke() throws IOException {
        try (Analyzer a = folding()) {
            assertAnalyzesTo(a, "khuyết điểm người Đảng ủy hòa ĐỒNG Ðà ươn",
                    new String[] {"khuyet", "diem", "nguoi", "Dang", "uy", "hoa", "DONG", "Da", "uon"},
                    new int[] {0, 7, 12, 18, 23, 26, 30, 35, 38}, new int[] {6, 11, 17, 22, 25, 29, 34, 37, 41});
        }
    }

    @Test
    public void folds_decomposed_input_too() throws IOException {
        try (Analyzer a = folding()) {
            assertAnalyzesTo(a, "Vie\u0323\u0302t", new String[] {"Viet"});
        }
    }

    @Test
    public void keeps_ascii_and_marks_of_other_scripts() throws IOException {
        try (Analyzer a = folding()) {
            assertAnalyzesTo(a, "chi bo 2023 \u0915\u093C", new String[] {"chi", "bo", "2023", "\u0915\u093C"});
        }
    }

    @Test
    public void leaves_keyword_terms_alone() throws IOException {
        try (Analyzer a = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new MockTokenizer(MockTokenizer.WHITESPACE, false);
                TokenStream marked = new SetKeywordMarkerFilter(tokenizer, new CharArraySet(List.of("hòa"), false));
                return new TokenStreamComponents(tokenizer, new VietnameseFoldingFilter(marked));
            }
        }) {
            assertAnalyzesTo(a, "hòa họa", new String[] {"hòa", "hoa"});
        }
    }

    @Test
    public void survives_random_data() throws IOException {
        try (Analyzer a = folding()) {
            checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
        }
    }

    @Test
    public void factory_is_found_by_name_and_rejects_unknown_arguments() throws IOException {
        TokenFilterFactory factory = TokenFilterFactory.forName(VietnameseFoldingFilterFactory.NAME, new HashMap<>());
        Tokenizer tokenizer = new MockTokenizer(MockTokenizer.WHITESPACE, false);
        tokenizer.setReader(new StringReader("xã phường"));
        assertTokenStreamContents(factory.create(tokenizer), new String[] {"xa", "phuong"});
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
                () -> TokenFilterFactory.forName(VietnameseFoldingFilterFactory.NAME,
                        new HashMap<>(Map.of("bogus", "1"))));
        assertTrue(e.getMessage(), e.getMessage().contains("bogus"));
    }
}

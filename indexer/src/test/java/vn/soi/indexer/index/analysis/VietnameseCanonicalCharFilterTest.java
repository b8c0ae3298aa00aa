package vn.soi.indexer.index.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Map;
import java.util.Random;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;
import org.junit.Test;

import vn.soi.indexer.normalize.VietnameseNormalizer;

/** Lucene-contract tests of the canonical-form char filter (JUnit 4, run through the Vintage engine). */
public class VietnameseCanonicalCharFilterTest extends BaseTokenStreamTestCase {

    private static Analyzer whitespace() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new MockTokenizer(MockTokenizer.WHITESPACE, false));
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new VietnameseCanonicalCharFilter(reader);
            }
        };
    }

    @Test
    public void maps_eth_to_d_with_stroke_and_old_tone_placement_to_new() throws IOException {
        try (Analyzer a = whitespace()) {
            assertAnalyzesTo(a, "\u00D0ảng uỷ hoà", new String[] {"Đảng", "ủy", "hòa"},
                    new int[] {0, 5, 8}, new int[] {4, 7, 11});
        }
    }

    @Test
    public void maps_nfd_tokens_back_to_the_exact_original_offsets() throws IOException {
        String nfd = "Vie\u0323\u0302t Nam huye\u0323\u0302n uy\u0309";
        try (Analyzer a = whitespace()) {
            assertAnalyzesTo(a, nfd, new String[] {"Việt", "Nam", "huyện", "ủy"},
                    new int[] {0, 7, 11, 19}, new int[] {6, 10, 18, 22});
        }
    }

    @Test
    public void drops_invisible_characters_and_turns_no_break_spaces_into_spaces() throws IOException {
        try (Analyzer a = whitespace()) {
            assertAnalyzesTo(a, "\u200BĐảng\u00A0ủy\u00ADviên", new String[] {"Đảng", "ủyviên"},
                    new int[] {1, 6}, new int[] {5, 13});
        }
    }

    @Test
    public void leaves_empty_and_plain_input_alone() throws IOException {
        try (Analyzer a = whitespace()) {
            assertAnalyzesTo(a, "", new String[0]);
            assertAnalyzesTo(a, "chi bộ", new String[] {"chi", "bộ"}, new int[] {0, 4}, new int[] {3, 6});
        }
    }

    @Test
    public void output_equals_the_ingest_canonical_form_and_offsets_cover_the_original_token() throws IOException {
        Random random = random();
        String[] pieces = {"a", "e\u0323\u0302", "ệ", "u", "y\u0309", "ỷ", "o", "a\u0300", "\u00D0", "\u00F0", "\u200B",
            "\u00A0", " ", "\n", "ư", "o\u031B\u0300", "Đ", "q", "1", ".", "\u00AD", "U", "Y\u0309"};
        try (Analyzer a = whitespace()) {
            for (int round = 0; round < 300; round++) {
                StringBuilder input = new StringBuilder();
                int n = 1 + random.nextInt(20);
                for (int i = 0; i < n; i++) {
                    input.append(pieces[random.nextInt(pieces.length)]);
                }
                String text = input.toString();
                StringBuilder filtered = new StringBuilder();
                try (Reader r = new VietnameseCanonicalCharFilter(new StringReader(text))) {
                    for (int c = r.read(); c != -1; c = r.read()) {
                        filtered.append((char) c);
                    }
                }
                assertEquals(text, VietnameseNormalizer.canonical(text), filtered.toString());
                try (TokenStream ts = a.tokenStream("f", text)) {
                    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                    OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
                    ts.reset();
                    while (ts.incrementToken()) {
                        String original = text.substring(offsets.startOffset(), offsets.endOffset());
                        assertEquals(text, term.toString(), VietnameseNormalizer.canonical(original));
                    }
                    ts.end();
                }
            }
        }
    }

    @Test
    public void survives_random_data() throws IOException {
        try (Analyzer a = whitespace()) {
            checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
        }
    }

    @Test
    public void factory_is_found_by_name_and_rejects_unknown_arguments() throws IOException {
        CharFilterFactory factory = CharFilterFactory.forName(VietnameseCanonicalCharFilterFactory.NAME,
                new java.util.HashMap<>());
        Tokenizer tokenizer = new MockTokenizer(MockTokenizer.WHITESPACE, false);
        tokenizer.setReader(factory.create(new StringReader("Huyện uỷ")));
        assertTokenStreamContents(tokenizer, new String[] {"Huyện", "ủy"});
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
                () -> CharFilterFactory.forName(VietnameseCanonicalCharFilterFactory.NAME,
                        new java.util.HashMap<>(Map.of("bogus", "1"))));
        assertTrue(e.getMessage(), e.getMessage().contains("bogus"));
    }
}

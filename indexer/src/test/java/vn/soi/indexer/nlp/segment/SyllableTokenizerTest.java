package vn.soi.indexer.nlp.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tokens and sentences as the segmenter sees them. */
class SyllableTokenizerTest {

    private static List<String> texts(String input) {
        return SyllableTokenizer.tokenize(input).stream().map(Syllable::text).toList();
    }

    @Test
    void splits_punctuation_off_syllables_and_keeps_offsets() {
        String text = "Chi bộ (thôn 3), họp!";
        List<Syllable> tokens = SyllableTokenizer.tokenize(text);
        assertEquals(List.of("Chi", "bộ", "(", "thôn", "3", ")", ",", "họp", "!"),
                tokens.stream().map(Syllable::text).toList());
        for (Syllable s : tokens) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
        }
    }

    @Test
    void keeps_numbers_dates_times_percentages_and_hyphenated_words_whole() {
        assertEquals(List.of("1.250.000", "đồng", ",", "3,5", "%", "ngày", "12/3/2024", "lúc", "7:30"),
                texts("1.250.000 đồng, 3,5 % ngày 12/3/2024 lúc 7:30"));
        assertEquals(List.of("đạt", "98%", "năm", "2019-2020", "COVID-19", "H5N1"),
                texts("đạt 98% năm 2019-2020 COVID-19 H5N1"));
    }

    @Test
    void keeps_abbreviations_urls_and_ellipses() {
        assertEquals(List.of("TP.", "Hồ", "Chí", "Minh", "...", "xem", "https://example.vn/a?b=1", "."),
                texts("TP. Hồ Chí Minh... xem https://example.vn/a?b=1."));
        assertEquals(List.of("gửi", "chibo@example.vn", ",", "PGS.", "TS.", "Lê"),
                texts("gửi chibo@example.vn, PGS. TS. Lê"));
    }

    @Test
    void keeps_decomposed_letters_inside_their_syllable() {
        assertEquals(List.of("Vie\u0323\u0302t", "Nam"), texts("Vie\u0323\u0302t Nam"));
    }

    @Test
    void splits_sentences_at_final_punctuation_before_a_capital_and_at_line_breaks() {
        List<List<Syllable>> sentences = SyllableTokenizer.sentences(
                "Tôi đồng ý. Chi bộ biểu quyết: 12/12.\n1. Nội dung thứ nhất\n2 . tiếp theo “Hay!” Đúng vậy");
        List<String> joined = sentences.stream()
                .map(s -> String.join(" ", s.stream().map(Syllable::text).toList())).toList();
        assertEquals(List.of("Tôi đồng ý .", "Chi bộ biểu quyết : 12/12 .", "1 . Nội dung thứ nhất",
                "2 . tiếp theo “ Hay ! ”", "Đúng vậy"), joined);
    }
}

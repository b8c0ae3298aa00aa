package vn.soi.analyzer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void trims_punctuation_keeps_percent_and_points_into_the_text() {
        String text = "Đạt (96,7%) kế hoạch; \"tự diễn biến\".";
        List<Token> tokens = Tokens.of(text);

        assertEquals(List.of("Đạt", "96,7%", "kế", "hoạch", "tự", "diễn", "biến"),
                tokens.stream().map(Token::written).toList());
        assertEquals("96,7%", text.substring(tokens.get(1).start(), tokens.get(1).end()));
        assertEquals("đạt", tokens.get(0).lower());
    }

    @Test
    void keeps_codes_and_dates_whole() {
        assertEquals(List.of("số", "12-KH/CB", "ngày", "15/3/2024"),
                Tokens.of("số 12-KH/CB, ngày 15/3/2024.").stream().map(Token::written).toList());
    }

    @Test
    void counts_words_that_hold_a_letter_or_a_digit() {
        assertEquals(5, Tokens.words(Tokens.of("- Dạy lớp 3B - 31 em")));
    }

    @Test
    void rejects_a_range_outside_the_text_naming_it() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tokens.of("abc", 1, 9));
        assertEquals("bad range [1, 9) for a text of 3 characters", e.getMessage());
    }
}

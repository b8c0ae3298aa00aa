package vn.soi.indexer.nlp.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class VietnameseNumbersTest {

    @Test
    void reads_dots_as_thousands_and_commas_as_decimals() {
        assertEquals(new BigDecimal("4315"), VietnameseNumbers.parse("4.315"));
        assertEquals(new BigDecimal("1234567"), VietnameseNumbers.parse("1.234.567"));
        assertEquals(new BigDecimal("4.2"), VietnameseNumbers.parse("4,2"));
        assertEquals(new BigDecimal("14"), VietnameseNumbers.parse("14"));
    }

    @Test
    void reads_every_number_the_rules_find() {
        String text = "12 trên 4.315 đảng viên, chiếm 0,28%";
        assertEquals("12 4315 0.28", String.join(" ", RuleBook.standard()
                .find(RuleTopic.NUMBERS, text, 0, text.length()).stream()
                .map(m -> VietnameseNumbers.parse(m.arg(0)).toPlainString()).toList()));
    }

    @Test
    void rejects_an_english_decimal_with_the_text_in_the_message() {
        NumberFormatException e = assertThrows(NumberFormatException.class, () -> VietnameseNumbers.parse("4.25"));
        assertEquals("not a Vietnamese number: \"4.25\"", e.getMessage());
    }
}

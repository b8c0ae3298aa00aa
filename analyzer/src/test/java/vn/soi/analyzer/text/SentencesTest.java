package vn.soi.analyzer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentencesTest {

    private static List<String> split(String text) {
        return Sentences.of(text, 0, text.length()).stream().map(s -> s.in(text)).toList();
    }

    @Test
    void splits_at_full_stops_and_line_breaks_but_not_inside_numbers() {
        assertEquals(List.of("Có 5.220 đảng viên.", "Đạt 99,2%!", "Một dòng", "không dấu chấm"),
                split("Có 5.220 đảng viên. Đạt 99,2%! Một dòng\nkhông dấu chấm"));
    }

    @Test
    void drops_spans_without_a_letter() {
        assertEquals(List.of("Kết quả."), split("   \n 1. \n Kết quả.\n  -  \n"));
    }
}

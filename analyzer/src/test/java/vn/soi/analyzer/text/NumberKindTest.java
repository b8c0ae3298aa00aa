package vn.soi.analyzer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class NumberKindTest {

    private static final PhraseLexicon DATE_WORDS = PhraseLexicon.of(List.of("ngày", "tháng", "quý"));
    private static final PhraseLexicon REFERENCE_WORDS = PhraseLexicon.of(List.of("điều", "trung ương"));

    private static NumberKind kindOf(String text, String number) {
        List<Token> tokens = Tokens.of(text);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).written().equals(number)) {
                return NumberKind.of(tokens, i, DATE_WORDS, REFERENCE_WORDS);
            }
        }
        throw new AssertionError(number + " not in " + text);
    }

    @Test
    void tells_dates_years_and_references_from_figures() {
        assertEquals(NumberKind.DATE, kindOf("ngày 15/3/2024 họp", "15/3/2024"));
        assertEquals(NumberKind.DATE, kindOf("họp tháng 6", "6"));
        assertEquals(NumberKind.YEAR, kindOf("năm 2024 tốt", "2024"));
        assertEquals(NumberKind.YEAR, kindOf("giai đoạn 2020-2025", "2020-2025"));
        assertEquals(NumberKind.REFERENCE, kindOf("theo Quy định 124-QĐ/TW", "124-QĐ/TW"));
        assertEquals(NumberKind.REFERENCE, kindOf("Nghị quyết Trung ương 4", "4"));
        assertEquals(NumberKind.FIGURE, kindOf("giải quyết 214 hồ sơ", "214"));
        assertEquals(NumberKind.FIGURE, kindOf("đạt 96,7%", "96,7%"));
        assertEquals(NumberKind.FIGURE, kindOf("Kế hoạch số 12-KH/CB", "12-KH/CB"));
    }
}

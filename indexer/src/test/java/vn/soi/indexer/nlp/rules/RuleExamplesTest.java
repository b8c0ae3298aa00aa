package vn.soi.indexer.nlp.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class RuleExamplesTest {

    private final RuleBook rules = RuleBook.standard();

    @TestFactory
    Stream<DynamicTest> every_rules_file_gives_the_expected_matches_on_its_examples() {
        List<DynamicTest> tests = new ArrayList<>();
        for (RuleTopic topic : RuleTopic.values()) {
            List<List<String>> examples = SeedTable.read(topic.examplesResource(), 2);
            assertFalse(examples.isEmpty(), "no examples for " + topic);
            for (List<String> example : examples) {
                String input = example.get(0);
                tests.add(DynamicTest.dynamicTest(topic + ": " + input, () -> assertEquals(example.get(1),
                        rules.find(topic, input, 0, input.length()).stream().map(m -> m.describe(input))
                                .collect(Collectors.joining(" ; ")))));
            }
        }
        return tests.stream();
    }

    @Test
    void triggered_lines_skip_lines_without_trigger_words() {
        String text = "Ngày 15 tháng 12 năm 2024\nkhông có gì 15/12/2024 ở đây\nHà Nội, 01/02/2025";
        List<String> found = rules.findInTriggeredLines(RuleTopic.DATES, text, 0, text.length()).stream()
                .map(m -> m.describe(text)).toList();
        assertEquals(List.of("DATE|2024|12|15@Ngày 15 tháng 12 năm 2024", "DATE|2024|12|15@15/12/2024",
                "DATE|2025|02|01@01/02/2025"), found);
    }

    @Test
    void tokenizer_keeps_vietnamese_numbers_and_splits_punctuation() {
        String text = "Số: 12-QĐ/ĐU có 1.234 người, 4,2%.";
        List<String> words = RuleTokenizer.tokenize(text, 0, text.length()).stream().map(t -> t.word()).toList();
        assertEquals(List.of("số", ":", "12", "-", "qđ", "/", "đu", "có", "1.234", "người", ",", "4,2", "%", "."),
                words);
    }
}

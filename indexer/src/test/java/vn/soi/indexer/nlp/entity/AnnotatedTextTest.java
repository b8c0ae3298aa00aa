package vn.soi.indexer.nlp.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class AnnotatedTextTest {

    @Test
    void strips_markup_and_keeps_gold_spans_into_the_plain_text() {
        AnnotatedText a = AnnotatedText.parse("t", "Đồng chí [PERSON Nguyễn Văn An], [POSITION Bí thư] [UNIT Chi bộ"
                + " Phòng Nội vụ] [sic].");
        assertEquals("Đồng chí Nguyễn Văn An, Bí thư Chi bộ Phòng Nội vụ [sic].", a.text());
        assertEquals(List.of("PERSON:Nguyễn Văn An", "POSITION:Bí thư", "UNIT:Chi bộ Phòng Nội vụ"),
                a.gold().stream().map(e -> e.kind() + ":" + a.text().substring(e.start(), e.end())).toList());
    }

    @Test
    void rejects_nested_or_unclosed_markup_naming_the_document() {
        IllegalArgumentException nested = assertThrows(IllegalArgumentException.class,
                () -> AnnotatedText.parse("doc.txt", "[UNIT Chi bộ [PERSON An]]"));
        assertTrue(nested.getMessage().contains("doc.txt"), nested.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AnnotatedText.parse("doc.txt", "[PERSON An\n]"));
        assertThrows(IllegalArgumentException.class, () -> AnnotatedText.parse("doc.txt", "[PERSON  An]"));
    }

    @Test
    void scores_exact_spans_only() {
        AnnotatedText a = AnnotatedText.parse("t", "Ông [PERSON Trần Văn Bình] và [UNIT Phòng Nội vụ huyện Tân Phú].");
        EntityEvaluator.Result r = EntityEvaluator.evaluate(EntityRecognizer.standard(), List.of(a));
        assertEquals(1.0, r.score(EntityKind.PERSON).recall());
        assertEquals(1.0, r.score(EntityKind.UNIT).precision());
        AnnotatedText shorter = AnnotatedText.parse("t", "Ông Trần Văn Bình và [UNIT Phòng Nội vụ] huyện Tân Phú.");
        EntityEvaluator.Result wrong = EntityEvaluator.evaluate(EntityRecognizer.standard(), List.of(shorter));
        assertEquals(0.0, wrong.score(EntityKind.UNIT).recall());
        assertEquals(1, wrong.score(EntityKind.PERSON).falsePositives());
        assertTrue(wrong.table().contains("UNIT"), wrong.table());
    }
}

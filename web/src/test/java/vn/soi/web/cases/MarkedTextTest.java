package vn.soi.web.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkedTextTest {
    private static final String TEXT = "Một hai ba bốn năm sáu bảy tám chín mười";

    @Test
    void whole_text_keeps_everything_and_marks_the_spans() {
        List<MarkedText.Passage> passages = MarkedText.passages(TEXT, List.of(new MarkedText.Span(4, 7)),
                MarkedText.WHOLE_TEXT);
        assertEquals(1, passages.size());
        List<MarkedText.Segment> segments = passages.get(0).segments();
        assertEquals(List.of(new MarkedText.Segment("Một ", false), new MarkedText.Segment("hai", true),
                new MarkedText.Segment(TEXT.substring(7), false)), segments);
        assertFalse(passages.get(0).cutBefore());
    }

    @Test
    void context_cuts_passages_merges_overlaps_and_drops_spans_beyond_the_text() {
        List<MarkedText.Passage> passages = MarkedText.passages(TEXT, List.of(new MarkedText.Span(8, 10),
                new MarkedText.Span(9, 14), new MarkedText.Span(36, 40), new MarkedText.Span(50, 60)), 2);
        assertEquals(2, passages.size());
        assertEquals("ba bốn", passages.get(0).segments().get(1).text());
        assertTrue(passages.get(0).cutBefore() && passages.get(0).cutAfter());
        assertEquals("mười", passages.get(1).segments().get(1).text());
        assertFalse(passages.get(1).cutAfter());
    }
}

package vn.soi.web.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.soi.indexer.document.Section;
import vn.soi.indexer.document.SectionKind;
import vn.soi.web.pseudonym.Pseudonymizer;
import vn.soi.web.search.NameMask;

class MarkedTextTest {
    private static final String TEXT = "Mở đầu. I. Ưu điểm: tốt. II. Hạn chế: Nguyễn Văn An còn chậm.";

    private static String joined(DocumentPart part) {
        return part.pieces().stream().map(TextPiece::text).collect(Collectors.joining());
    }

    @Test
    void parts_cover_the_whole_text_in_order_with_their_labels() {
        int strengths = TEXT.indexOf("I. Ưu");
        int shortcomings = TEXT.indexOf("II.");
        List<DocumentPart> parts = MarkedText.parts(TEXT, List.of(
                new Section(SectionKind.SHORTCOMINGS, "II. Hạn chế", shortcomings, TEXT.length()),
                new Section(SectionKind.STRENGTHS, "I. Ưu điểm", strengths, shortcomings)), List.of(),
                NameMask.none());
        assertEquals(List.of("Mở đầu", "Ưu điểm, kết quả đạt được", "Hạn chế, khuyết điểm"),
                parts.stream().map(DocumentPart::label).toList());
        assertEquals(TEXT, parts.stream().map(MarkedTextTest::joined).collect(Collectors.joining()));
        assertEquals("part-3", parts.get(2).anchor());
    }

    @Test
    void line_breaks_between_or_after_parts_join_a_part_instead_of_an_empty_one() {
        String text = "I. Ưu điểm: tốt.\n\nII. Hạn chế: còn chậm.\n\n";
        int shortcomings = text.indexOf("II.");
        List<DocumentPart> parts = MarkedText.parts(text, List.of(
                new Section(SectionKind.STRENGTHS, "I. Ưu điểm", 0, text.indexOf('\n')),
                new Section(SectionKind.SHORTCOMINGS, "II. Hạn chế", shortcomings, text.indexOf("\n", shortcomings))),
                List.of(), NameMask.none());
        assertEquals(List.of("Ưu điểm, kết quả đạt được", "Hạn chế, khuyết điểm"),
                parts.stream().map(DocumentPart::label).toList());
        assertEquals(text, parts.stream().map(MarkedTextTest::joined).collect(Collectors.joining()));
    }

    @Test
    void marks_split_the_text_and_anchor_at_their_start() {
        int start = TEXT.indexOf("còn chậm");
        List<DocumentPart> parts = MarkedText.parts(TEXT, List.of(),
                List.of(new TextMark(start, start + 8, TextMark.Kind.EVIDENCE, "ev-1-1", "VAGUE")), NameMask.none());
        assertEquals(1, parts.size());
        assertEquals("Toàn văn", parts.get(0).label());
        TextPiece marked = parts.get(0).pieces().get(1);
        assertEquals("còn chậm", marked.text());
        assertTrue(marked.evidence());
        assertEquals(List.of("ev-1-1"), marked.anchors());
        assertEquals("VAGUE", marked.title());
    }

    @Test
    void a_mark_inside_a_name_grows_to_the_whole_pseudonym() {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 3);
        Pseudonymizer pseudonymizer = new Pseudonymizer(key);
        NameMask mask = NameMask.hiding(pseudonymizer, List.of("Nguyễn Văn An"));
        int van = TEXT.indexOf("Văn");
        List<DocumentPart> parts = MarkedText.parts(TEXT, List.of(),
                List.of(new TextMark(van, van + 3, TextMark.Kind.HIT, "hl", "")), mask);
        List<TextPiece> pieces = parts.get(0).pieces();
        TextPiece hit = pieces.stream().filter(TextPiece::hit).findFirst().orElseThrow();
        assertEquals(pseudonymizer.pseudonym("Nguyễn Văn An"), hit.text());
        assertTrue(pieces.stream().noneMatch(piece -> piece.text().contains("Nguyễn")));
    }
}

package vn.soi.analyzer.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.soi.analyzer.signal.AnalysisContext;
import vn.soi.analyzer.text.Token;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.document.Section;
import vn.soi.indexer.document.SectionKind;

class ReportReadingTest {

    private static final ContentVocabulary VOCABULARY = ContentVocabulary.from(AnalysisContext.standard().settings());

    private static ReportReading read(String source) {
        return ReportReading.of(Fixtures.parse("r.txt", source), VOCABULARY);
    }

    private static Sentence only(ReportReading reading, SectionKind kind) {
        List<Sentence> sentences = reading.sentences(kind);
        assertEquals(1, sentences.size(), sentences::toString);
        return sentences.get(0);
    }

    @Test
    void flips_praise_after_chua_and_criticism_after_khong_and_marks_praise_after_con() {
        ReportReading reading = read("""
                #type: INDIVIDUAL_REPORT
                [STRENGTHS] I. Ưu điểm
                Không vi phạm quy định, luôn gương mẫu.
                [SHORTCOMINGS] II. Hạn chế
                Chưa mạnh dạn, còn nể nang.
                Việc sửa chữa còn hiệu quả thấp.
                """);

        assertArrayEquals(new int[] {2, 0}, reading.tone(only(reading, SectionKind.STRENGTHS)));
        List<Sentence> shortcomings = reading.sentences(SectionKind.SHORTCOMINGS);
        assertArrayEquals(new int[] {0, 2}, reading.tone(shortcomings.get(0)));
        assertArrayEquals(new int[] {0, 1}, reading.tone(shortcomings.get(1)));
    }

    @Test
    void blanks_headings_and_numbering_and_keeps_nested_causes_out_of_the_shortcomings() {
        ReportReading reading = read("""
                #type: INDIVIDUAL_REPORT
                [SHORTCOMINGS] II. Hạn chế, khuyết điểm và nguyên nhân
                1. Tôi nộp chậm 2 báo cáo.
                [>CAUSES] 2. Nguyên nhân
                Do tôi chủ quan.
                """);

        assertEquals("Tôi nộp chậm 2 báo cáo.", reading.quote(only(reading, SectionKind.SHORTCOMINGS).span()));
        assertEquals(6, only(reading, SectionKind.SHORTCOMINGS).words());
        assertEquals("Do tôi chủ quan.", reading.quote(only(reading, SectionKind.CAUSES).span()));
        assertEquals("2. Nguyên nhân", reading.quote(reading.part(SectionKind.CAUSES).orElseThrow()
                .headingSpan().orElseThrow()));
    }

    @Test
    void counts_figures_but_not_dates_years_or_central_references_as_results() {
        ReportReading reading = read("""
                #type: INDIVIDUAL_REPORT
                [STRENGTHS] I. Ưu điểm
                Ngày 15/3/2024, năm 2024, học Quy định 124-QĐ/TW; giải quyết 214 hồ sơ, đạt 96,7%.
                """);

        assertEquals(List.of("214", "96,7%"),
                reading.resultFigures(only(reading, SectionKind.STRENGTHS)).stream().map(Token::written).toList());
    }

    @Test
    void takes_named_places_as_specific_but_not_the_party_or_the_writers_own_cell() {
        ReportReading reading = read("""
                #type: INDIVIDUAL_REPORT
                [SHORTCOMINGS] II. Hạn chế
                Đôi khi chưa chấp hành nghị quyết của Đảng và Chi bộ.
                [CAUSES] Nguyên nhân
                Chưa đi cơ sở ở xã Phú Mỹ.
                """);

        assertFalse(reading.specific(only(reading, SectionKind.SHORTCOMINGS)));
        assertTrue(reading.specific(only(reading, SectionKind.CAUSES)));
    }

    @Test
    void reads_a_leading_position_from_the_header_when_no_field_gives_it() {
        ReportReading reading = read("""
                #type: INDIVIDUAL_REPORT
                Chức vụ: Phó Trưởng phòng Kinh tế
                [STRENGTHS] I. Ưu điểm
                Thẩm định 12 hồ sơ.
                """);

        assertTrue(reading.byLeader());
        assertFalse(read("""
                #type: INDIVIDUAL_REPORT
                Chức vụ: Chuyên viên
                [STRENGTHS] I. Ưu điểm
                Thẩm định 12 hồ sơ.
                """).byLeader());
    }

    @Test
    void gives_text_left_between_two_parts_to_the_part_before_it() {
        ParsedDocument parsed = Fixtures.parse("r.txt", """
                #type: INDIVIDUAL_REPORT
                [STRENGTHS] I. Ưu điểm
                Chấp hành nghiêm sự phân công của chi bộ.
                c) Về thực hiện nhiệm vụ chuyên môn
                Giải quyết 212 hồ sơ một cửa, đúng hạn 96%.
                [SHORTCOMINGS] II. Hạn chế
                Còn 9 hồ sơ hộ tịch trả chậm.
                """);
        Section strengths = parsed.sections().get(0);
        int cut = parsed.text().indexOf("c) Về thực hiện");
        ParsedDocument gap = new ParsedDocument(parsed.id(), parsed.provenance(), parsed.text(),
                parsed.classification(), parsed.fields(),
                List.of(new Section(strengths.kind(), strengths.heading(), strengths.start(), cut, List.of()),
                        parsed.sections().get(1)),
                parsed.opinions(), parsed.records(), parsed.warnings());
        ReportReading reading = ReportReading.of(gap, VOCABULARY);

        assertTrue(reading.sentences(SectionKind.STRENGTHS).stream()
                .anyMatch(s -> reading.quote(s.span()).equals("Giải quyết 212 hồ sơ một cửa, đúng hạn 96%.")),
                reading.sentences(SectionKind.STRENGTHS)::toString);
        assertEquals(1, reading.sentences(SectionKind.SHORTCOMINGS).size());
    }
}

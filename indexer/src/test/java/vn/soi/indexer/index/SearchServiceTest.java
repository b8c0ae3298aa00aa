package vn.soi.indexer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.soi.indexer.document.DocumentJson;
import vn.soi.indexer.document.ParsedDocument;

class SearchServiceTest {

    @TempDir
    Path folder;

    private DocumentIndex index;
    private SearchService search;

    @BeforeEach
    void buildIndex() throws IOException {
        index = DocumentIndex.open(folder.resolve("index"));
        for (ParsedDocument document : TestDocuments.all()) {
            index.upsert(document);
        }
        index.commit();
        search = new SearchService(index);
    }

    @AfterEach
    void closeIndex() throws IOException {
        index.close();
    }

    private List<String> ids(String query) throws Exception {
        return ids(search.search(SearchRequest.of(query)));
    }

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void old_and_new_tone_placement_find_each_other() throws Exception {
        assertEquals(List.of("id-a", "id-b"), sorted(ids("huyện uỷ")));
        assertEquals(List.of("id-a", "id-b"), sorted(ids("\"huyện ủy\"")));
    }

    @Test
    void eth_in_the_query_finds_d_with_stroke() throws Exception {
        SearchResult result = search.search(SearchRequest.of("\u00D0ảng vững"));
        assertEquals(List.of("id-m"), ids(result));
        assertTrue(result.hits().get(0).snippetHtml().get(0).contains("<b>Đảng</b>"),
                result.hits().get(0).snippetHtml().toString());
    }

    @Test
    void query_without_diacritics_finds_text_with_them_and_ranks_below_an_exact_match() throws Exception {
        List<String> folded = ids("khuyet diem");
        assertEquals("id-b", folded.get(0), folded.toString());
        assertTrue(folded.containsAll(List.of("id-a", "id-d")), folded.toString());

        List<String> exact = ids("khuyết điểm");
        assertEquals("id-b", exact.get(exact.size() - 1), exact.toString());
        assertEquals(3, exact.size());
    }

    @Test
    void highlights_a_folded_match_at_the_accented_word() throws Exception {
        SearchResult result = search.search(SearchRequest.of("nghiem trong"));
        Snippet best = result.hits().get(0).bestSnippet().orElseThrow();
        assertTrue(best.html().contains("<b>nghiêm</b>"), best.html());
        assertEquals("nghiêm", TestDocuments.DECISION_TEXT.substring(best.matchStart(), best.matchEnd()));
    }

    @Test
    void finds_a_phrase_split_by_a_line_break() throws Exception {
        assertEquals(List.of("id-m"), ids("\"tự phê bình\""));
    }

    @Test
    void part_field_finds_only_text_of_that_part() throws Exception {
        assertEquals(List.of("id-a", "id-b"), sorted(ids("\"nguyên nhân khách quan\"")));
        assertEquals(List.of("id-a"), ids("shortcomings:\"nguyên nhân khách quan\""));
        assertEquals(List.of("id-b"), ids("strengths:\"nguyên nhân khách quan\""));
        SearchResult result = search.search(SearchRequest.of("shortcomings:\"nguyên nhân\""));
        Snippet best = result.hits().get(0).bestSnippet().orElseThrow();
        int inShortcomings = TestDocuments.REPORT_A_TEXT.indexOf("nguyên nhân");
        assertEquals(inShortcomings, best.matchStart());
    }

    @Test
    void facet_counts_follow_the_query_and_filters() throws Exception {
        SearchResult result = search.search(SearchRequest.of("")
                .including(FacetDimension.TYPE, "INDIVIDUAL_REPORT"));
        assertEquals(2, result.total());
        assertTrue(result.totalExact());
        assertEquals(Map.of("2023", 1, "2022", 1), counts(result, FacetDimension.YEAR));
        assertEquals(Map.of("Chi bộ Phòng Tài chính", 1, "Chi bộ Văn phòng", 1), counts(result, FacetDimension.UNIT));
        assertEquals(Map.of("GOOD", 1, "EXCELLENT", 1), counts(result, FacetDimension.RATING));
        // The filtered dimension itself is counted without its own filter, so the other types stay visible.
        assertEquals(Map.of("INDIVIDUAL_REPORT", 2, "MINUTES", 1, "DISCIPLINE_DECISION", 1),
                counts(result, FacetDimension.TYPE));

        SearchResult withQuery = search.search(SearchRequest.of("khuyết điểm"));
        assertEquals(Map.of("Chi bộ Phòng Tài chính", 1, "Chi bộ Văn phòng", 2),
                counts(withQuery, FacetDimension.UNIT));
    }

    @Test
    void excluding_a_facet_value_drops_its_documents_from_hits_and_counts() throws Exception {
        SearchResult result = search.search(SearchRequest.of("").excluding(FacetDimension.UNIT, "Chi bộ Văn phòng"));
        assertEquals(List.of("id-a", "id-m"), sorted(ids(result)));
        assertEquals(Map.of("Chi bộ Phòng Tài chính", 2), counts(result, FacetDimension.UNIT));
        assertEquals(Map.of("INDIVIDUAL_REPORT", 1, "MINUTES", 1), counts(result, FacetDimension.TYPE));
    }

    @Test
    void snippet_offsets_point_at_the_exact_characters_of_decomposed_text() throws Exception {
        SearchResult result = search.search(SearchRequest.of("Việt"));
        assertEquals(List.of("id-m"), ids(result));
        Snippet best = result.hits().get(0).bestSnippet().orElseThrow();
        assertEquals("Vie\u0323\u0302t", TestDocuments.MINUTES_TEXT.substring(best.matchStart(), best.matchEnd()));
        assertTrue(best.start() <= best.matchStart() && best.matchEnd() <= best.end());
    }

    @Test
    void snippets_escape_html_and_mark_matches() throws Exception {
        SearchResult result = search.search(SearchRequest.of("\"giải ngân\""));
        String html = result.hits().get(0).snippetHtml().get(0);
        assertTrue(html.contains("<b>giải ngân</b>") || html.contains("<b>giải</b> <b>ngân</b>"), html);
        assertTrue(html.contains("&lt;so với&gt;") && html.contains("&amp;"), html);
        assertFalse(html.contains("\n"), html);
    }

    @Test
    void hit_carries_the_contract_fields() throws Exception {
        SearchHit hit = search.search(SearchRequest.of("giải ngân")).hits().get(0);
        assertEquals("reports/2023/nguyen-van-a.docx", hit.document());
        assertEquals("INDIVIDUAL_REPORT", hit.documentType().name());
        assertEquals("Bản kiểm điểm cá nhân – Nguyễn Văn A – năm 2023", hit.title());
        assertEquals("Chi bộ Phòng Tài chính", hit.unit());
        assertEquals("Nguyễn Văn A", hit.person());
        assertEquals(2023, hit.year());
        assertTrue(hit.score() > 0);
    }

    @Test
    void hit_json_line_follows_the_contract() throws Exception {
        SearchHit hit = search.search(SearchRequest.of("\"giải ngân\"")).hits().get(0);
        JsonNode json = DocumentJson.mapper().readTree(SearchHitJson.toJsonLine(hit));
        assertEquals("reports/2023/nguyen-van-a.docx", json.get("document").asText());
        assertEquals("INDIVIDUAL_REPORT", json.get("documentType").asText());
        assertEquals(2023, json.get("year").asInt());
        assertTrue(json.get("snippets").get(0).asText().contains("<b>"));
        int matchStart = json.get("passages").get(0).get("matchStart").asInt();
        assertTrue(TestDocuments.REPORT_A_TEXT.startsWith("giải", matchStart));
        assertFalse(SearchHitJson.toJsonLine(hit).contains("\n"));
    }

    @Test
    void malformed_queries_give_a_message_with_the_position() {
        QuerySyntaxException open = assertThrows(QuerySyntaxException.class,
                () -> search.search(SearchRequest.of("(khuyết OR điểm")));
        assertEquals(15, open.position(), open.getMessage());
        assertTrue(open.getMessage().contains("vị trí 16"), open.getMessage());

        QuerySyntaxException dangling = assertThrows(QuerySyntaxException.class,
                () -> search.search(SearchRequest.of("khuyết AND ) điểm")));
        assertEquals(11, dangling.position(), dangling.getMessage());

        QuerySyntaxException quote = assertThrows(QuerySyntaxException.class,
                () -> search.search(SearchRequest.of("đảng \"khuyết điểm")));
        assertTrue(quote.position() >= 5, quote.getMessage());

        QuerySyntaxException wildcard = assertThrows(QuerySyntaxException.class,
                () -> search.search(SearchRequest.of("đảng *khuyet")));
        assertEquals(5, wildcard.position(), wildcard.getMessage());

        QuerySyntaxException field = assertThrows(QuerySyntaxException.class,
                () -> search.search(SearchRequest.of("đảng AND tacgia:an")));
        assertEquals(9, field.position(), field.getMessage());
        assertTrue(field.getMessage().contains("tacgia"), field.getMessage());
    }

    @Test
    void invalid_or_too_complex_patterns_are_syntax_errors_naming_the_pattern() {
        QuerySyntaxException regexp = assertThrows(QuerySyntaxException.class,
                () -> search.search(SearchRequest.of("đảng /huy[e\\E]n/")));
        assertEquals(6, regexp.position(), regexp.getMessage());
        assertTrue(regexp.getMessage().contains("mẫu “huy[e\\E]n” không hợp lệ (invalid pattern: "),
                regexp.getMessage());

        QuerySyntaxException typeRegexp = assertThrows(QuerySyntaxException.class,
                () -> search.parse("type:/huy[e\\E]n/"));
        assertTrue(typeRegexp.getMessage().contains("không hợp lệ"), typeRegexp.getMessage());

        QuerySyntaxException complex = assertThrows(QuerySyntaxException.class,
                () -> search.parse("/(a|b)*a(a|b){40}/"));
        assertTrue(complex.getMessage().contains("quá phức tạp (pattern too complex to search)"),
                complex.getMessage());
    }

    @Test
    void supports_wildcards_fuzzy_proximity_ranges_and_named_values() throws Exception {
        assertEquals(List.of("id-a", "id-b", "id-d"), sorted(ids("khuy*")));
        assertTrue(ids("nghiêm~1").contains("id-d"));
        assertEquals(List.of("id-a"), ids("\"khuyết kiểm\"~3"));
        assertEquals(List.of("id-a", "id-b"), sorted(ids("year:[2022 TO 2023] AND NOT type:minutes")));
        assertEquals(List.of("id-b"), ids("rating:HTXSNV"));
        assertEquals(List.of("id-d"), ids("date:[2021-01-01 TO 2021-12-31]"));
        assertEquals(List.of("id-a", "id-d"), sorted(ids("person:văn")));
        assertEquals(List.of("id-b", "id-d"), sorted(ids("unit:\"van phong\"")));
    }

    @Test
    void sorts_by_date_newest_first_with_undated_documents_last() throws Exception {
        SearchResult result = search.search(SearchRequest.of("").withSort(SearchSort.DATE));
        assertEquals(List.of("id-a", "id-b", "id-d", "id-m"), ids(result));
    }

    @Test
    void pages_through_hits() throws Exception {
        SearchRequest all = SearchRequest.of("").withSort(SearchSort.DATE);
        SearchResult first = search.search(all.withPage(0, 3));
        SearchResult second = search.search(all.withPage(3, 3));
        assertEquals(4, first.total());
        assertEquals(List.of("id-a", "id-b", "id-d"), ids(first));
        assertEquals(List.of("id-m"), ids(second));
        assertEquals(4, second.total());
    }

    @Test
    void request_rejects_bad_pages_with_the_value() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SearchRequest.of("x").withPage(-1, 10));
        assertTrue(e.getMessage().contains("-1"));
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.of("x").withPage(9_995, 10));
    }

    private static Map<String, Integer> counts(SearchResult result, FacetDimension dimension) {
        return result.facet(dimension).stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count));
    }

    private static List<String> sorted(List<String> values) {
        List<String> copy = new ArrayList<>(values);
        copy.sort(null);
        return copy;
    }
}

package vn.soi.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.http.BadRequestResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.soi.indexer.index.FacetDimension;
import vn.soi.indexer.index.SearchRequest;
import vn.soi.indexer.index.SearchSort;

class SearchQueryTest {
    private static SearchQuery parse(Map<String, List<String>> params) {
        return SearchQuery.from(params, SearchQuery.PAGE_SIZE);
    }

    @Test
    void parameters_become_the_index_request() {
        SearchQuery query = parse(Map.of("q", List.of(" khuyết điểm "), "type", List.of("MINUTES"),
                "exclude.unit", List.of("Chi bộ Văn phòng"), "sort", List.of("date"), "page", List.of("3")));
        SearchRequest request = query.toRequest();
        assertEquals("khuyết điểm", request.query());
        assertEquals(Set.of("MINUTES"), request.filter(FacetDimension.TYPE).include());
        assertEquals(Set.of("Chi bộ Văn phòng"), request.filter(FacetDimension.UNIT).exclude());
        assertEquals(SearchSort.DATE, request.sort());
        assertEquals(20, request.offset());
        assertEquals(10, request.size());
    }

    @Test
    void links_keep_the_whole_state_and_restart_at_page_one() {
        SearchQuery query = parse(Map.of("q", List.of("a b"), "year", List.of("2023"), "page", List.of("2")));
        assertEquals("/search?q=a+b&year=2023&page=2", query.href());
        assertEquals("/search?q=a+b&year=2023&exclude.rating=GOOD", query.excluding(FacetDimension.RATING, "GOOD"));
        assertEquals("/search?q=a+b", query.without(FacetDimension.YEAR, "2023"));
        assertEquals("/search?q=a+b&year=2023&sort=date", query.sortedBy(SearchSort.DATE));
        assertEquals("/search?q=a+b&year=2023&page=5", query.onPage(5));
        SearchQuery again = parse(Map.of("q", List.of("a b"), "year", List.of("2023"), "page", List.of("2")));
        assertEquals(query, again);
    }

    @Test
    void bad_parameters_are_refused_in_vietnamese() {
        assertThrows(BadRequestResponse.class, () -> parse(Map.of("sort", List.of("x"))));
        assertThrows(BadRequestResponse.class, () -> parse(Map.of("page", List.of("0"))));
        assertThrows(BadRequestResponse.class, () -> parse(Map.of("page", List.of("1001"))));
        BadRequestResponse both = assertThrows(BadRequestResponse.class,
                () -> parse(Map.of("year", List.of("2023"), "exclude.year", List.of("2023"))));
        assertTrue(both.getMessage().contains("vừa được chọn vừa bị loại trừ"), both.getMessage());
    }
}

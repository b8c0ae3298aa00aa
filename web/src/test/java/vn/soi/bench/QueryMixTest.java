package vn.soi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class QueryMixTest {

    @Test
    void a_thousand_queries_hold_two_hundred_of_each_kind() {
        Map<QueryMix.Kind, Integer> counts = QueryMix.counts(QueryMix.standard().queries(1_000, 1));
        assertEquals(5, counts.size());
        counts.values().forEach(n -> assertEquals(200, n));
    }

    @Test
    void the_mix_is_the_same_for_the_same_seed() {
        List<QueryMix.Query> a = QueryMix.standard().queries(50, 7);
        List<QueryMix.Query> b = QueryMix.standard().queries(50, 7);
        assertEquals(a, b);
    }

    @Test
    void only_faceted_queries_filter_and_count_facets_and_all_are_highlighted() {
        for (QueryMix.Query q : QueryMix.standard().queries(100, 1)) {
            boolean faceted = q.kind() == QueryMix.Kind.FACETED;
            assertEquals(faceted, q.request().facets(), q.toString());
            assertEquals(faceted, !q.request().filters().isEmpty(), q.toString());
            assertTrue(q.request().highlight(), q.toString());
        }
    }

    @Test
    void queries_without_diacritics_have_none_and_part_queries_name_a_part_field() {
        for (QueryMix.Query q : QueryMix.standard().queries(500, 3)) {
            if (q.kind() == QueryMix.Kind.NO_DIACRITICS) {
                assertTrue(q.request().query().chars().allMatch(c -> c < 128), q.request().query());
            }
            if (q.kind() == QueryMix.Kind.PART_FIELD) {
                assertTrue(q.request().query().matches("[a-z_]+:\".+\""), q.request().query());
            }
        }
        assertEquals("khuyet diem dang vien", QueryMix.stripDiacritics("khuyết điểm Đảng viên"));
        assertFalse(QueryMix.stripDiacritics("tự chuyển hóa").contains("ó"));
    }
}

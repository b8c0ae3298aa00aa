package vn.soi.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import vn.soi.indexer.document.SectionKind;
import vn.soi.indexer.index.FacetDimension;
import vn.soi.indexer.index.IndexSchema;
import vn.soi.indexer.index.SearchRequest;

/**
 * The fixed mix of benchmark queries: equal shares of five kinds, drawn with a fixed seed from the vocabulary in
 * {@code queries.tsv}. Every query is highlighted, as the search page does; only faceted queries filter and count
 * facets.
 */
public final class QueryMix {

    /** The kinds of query in the mix. */
    public enum Kind {
        /** A word, anywhere in the text. */
        TERM,
        /** A quoted phrase. */
        PHRASE,
        /** A word or phrase typed without diacritics. */
        NO_DIACRITICS,
        /** A word inside one part (e.g. {@code shortcomings:"trách nhiệm"}). */
        PART_FIELD,
        /** A word with a facet filter, facet counts and highlighting. */
        FACETED
    }

    /** One query of the mix. */
    public record Query(Kind kind, SearchRequest request) {
    }

    private final List<String> terms = new ArrayList<>();
    private final List<String> phrases = new ArrayList<>();
    private final List<SectionKind> parts = new ArrayList<>();
    private final List<String[]> filters = new ArrayList<>();

    private QueryMix() {
    }

    /** The vocabulary shipped with Soi. */
    public static QueryMix standard() {
        QueryMix mix = new QueryMix();
        try (InputStream in = QueryMix.class.getResourceAsStream("queries.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resource vn/soi/bench/queries.tsv is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                mix.add(line, lineNo);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vn/soi/bench/queries.tsv", e);
        }
        return mix;
    }

    private void add(String line, int lineNo) {
        String[] cols = line.split("\t", -1);
        if (cols.length != 2) {
            throw new IllegalArgumentException("queries.tsv line " + lineNo + ": expected kind<TAB>text: " + line);
        }
        switch (cols[0]) {
            case "term" -> terms.add(cols[1]);
            case "phrase" -> phrases.add(cols[1]);
            case "part" -> parts.add(SectionKind.valueOf(cols[1]));
            case "filter" -> {
                String[] kv = cols[1].split("=", 2);
                FacetDimension.of(kv[0]).orElseThrow(() -> new IllegalArgumentException(
                        "queries.tsv line " + lineNo + ": unknown facet dimension " + kv[0]));
                filters.add(kv);
            }
            default -> throw new IllegalArgumentException("queries.tsv line " + lineNo + ": unknown kind " + cols[0]);
        }
    }

    /** {@code count} queries, in equal shares of each kind, interleaved; the same for the same count and seed. */
    public List<Query> queries(int count, long seed) {
        if (count < Kind.values().length) {
            throw new IllegalArgumentException("a mix needs at least " + Kind.values().length + " queries, got "
                    + count);
        }
        Random random = new Random(seed);
        List<Query> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Kind kind = Kind.values()[i % Kind.values().length];
            out.add(new Query(kind, request(kind, random)));
        }
        return out;
    }

    private SearchRequest request(Kind kind, Random random) {
        String term = pick(terms, random);
        SearchRequest plain;
        switch (kind) {
            case TERM -> plain = SearchRequest.of(term);
            case PHRASE -> plain = SearchRequest.of('"' + pick(phrases, random) + '"');
            case NO_DIACRITICS -> plain = SearchRequest.of(random.nextBoolean() ? stripDiacritics(term)
                    : '"' + stripDiacritics(pick(phrases, random)) + '"');
            case PART_FIELD -> plain = SearchRequest.of(IndexSchema.partField(pick(parts, random)) + ":\"" + term
                    + '"');
            case FACETED -> {
                String[] filter = pick(filters, random);
                return SearchRequest.of(term).including(FacetDimension.of(filter[0]).orElseThrow(), filter[1])
                        .withHighlight(true).withFacets(true);
            }
            default -> throw new IllegalStateException("unknown kind " + kind);
        }
        return plain.withHighlight(true).withFacets(false);
    }

    /** Counts of each kind in a list of queries. */
    public static Map<Kind, Integer> counts(List<Query> queries) {
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        queries.forEach(q -> counts.merge(q.kind(), 1, Integer::sum));
        return counts;
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    /** The text as a user without a Vietnamese keyboard types it: no tone or vowel marks, đ as d. */
    static String stripDiacritics(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}

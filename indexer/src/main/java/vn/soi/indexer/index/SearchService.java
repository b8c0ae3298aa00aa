package vn.soi.indexer.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

import vn.soi.indexer.document.DocumentJson;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.document.SectionKind;

/**
 * Searches a {@link DocumentIndex}. Thread-safe.
 *
 * <p>Query syntax: Lucene classic ({@code "phrases"}, {@code AND OR NOT + -}, {@code field:value}, wildcards
 * {@code khuyết*}, fuzzy {@code nhiệm~1}, proximity {@code "nguyên nhân"~3}, ranges {@code year:[2020 TO 2023]},
 * groups). Terms are joined by AND unless the query says OR. Unqualified terms search the text with and without
 * diacritics ({@code khuyet diem} finds {@code khuyết điểm}), exact matches ranking higher; {@code huyện uỷ} and
 * {@code huyện ủy}, {@code Ðảng} and {@code Đảng} are the same, because queries get the canonical form of ingest.
 * Part fields (for example {@code shortcomings:"nguyên nhân khách quan"}) search one part of the reports. See
 * {@link IndexSchema} for every field.
 *
 * <p>Facet counts follow the query and the filters, except that a dimension's own include filter is left out when
 * counting that dimension (drill sideways), so the other values of a filtered dimension stay visible with their
 * counts. Exclusions apply to every count. The total is exact up to {@value #TOTAL_HITS_EXACT_BOUND} hits and a
 * lower bound beyond.
 */
public final class SearchService {

    /** Hits are counted exactly up to this many. */
    public static final int TOTAL_HITS_EXACT_BOUND = 10_000;
    /** Most values returned per facet dimension. */
    public static final int MAX_FACET_VALUES = 100;

    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");
    private static final Pattern LEADING_WILDCARD = Pattern.compile("(?:^|[\\s(:+\\-])([*?])");
    private static final List<String> HIGHLIGHT_ORDER = highlightOrder();

    private final DocumentIndex index;

    /** A search over {@code index}; it sees what the index has committed or refreshed. */
    public SearchService(DocumentIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    /**
     * Parses a query (blank means every document).
     *
     * @throws QuerySyntaxException with a message naming the position when the query is malformed or names an
     *     unknown field or value
     */
    public Query parse(String query) throws QuerySyntaxException {
        Objects.requireNonNull(query, "query");
        if (query.isBlank()) {
            return new MatchAllDocsQuery();
        }
        VietnameseQueryParser parser = new VietnameseQueryParser(index.analyzer());
        try {
            Query parsed = parser.parse(query);
            return parsed == null ? new MatchAllDocsQuery() : parsed;
        } catch (ParseException e) {
            throw syntaxError(query, e);
        }
    }

    /** Runs a search: the requested page of hits, the total, and facet counts. */
    public SearchResult search(SearchRequest request) throws QuerySyntaxException, IOException {
        Objects.requireNonNull(request, "request");
        Query userQuery = parse(request.query());
        try {
            return index.withSearcher(searcher -> search(searcher, userQuery, request));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException(request.query(), -1,
                    "truy vấn quá rộng, hãy bớt ký tự đại diện (query too broad: " + e.getMessage() + ")");
        }
    }

    private SearchResult search(IndexSearcher searcher, Query userQuery, SearchRequest request) throws IOException {
        Query query = filtered(userQuery, request, null);
        int wanted = request.offset() + request.size();
        TopDocs top;
        FacetsCollector facets = null;
        if (request.facets()) {
            Object[] results = searcher.search(query, new MultiCollectorManager(hits(request, wanted),
                    new FacetsCollectorManager()));
            top = (TopDocs) results[0];
            facets = (FacetsCollector) results[1];
        } else {
            top = searcher.search(query, hits(request, wanted));
        }
        if (request.sort() == SearchSort.DATE) {
            TopFieldCollector.populateScores(top.scoreDocs, searcher, query);
        }
        List<ScoreDoc> page = new ArrayList<>();
        for (int i = request.offset(); i < top.scoreDocs.length; i++) {
            page.add(top.scoreDocs[i]);
        }
        List<SearchHit> hits = hitsOf(searcher, userQuery, page, request.highlight());
        Map<FacetDimension, List<FacetCount>> counts = facets == null ? Map.of()
                : facetCounts(searcher, userQuery, request, facets);
        boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
        return new SearchResult(top.totalHits.value, exact, hits, counts);
    }

    private static CollectorManager<?, ? extends TopDocs> hits(SearchRequest request, int wanted) {
        if (request.sort() == SearchSort.RELEVANCE) {
            return new TopScoreDocCollectorManager(wanted, null, TOTAL_HITS_EXACT_BOUND);
        }
        SortField date = new SortField(IndexSchema.DATE, SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE);
        return new TopFieldCollectorManager(new Sort(date, SortField.FIELD_SCORE), wanted, null,
                TOTAL_HITS_EXACT_BOUND);
    }

    /** The query with every filter, leaving out the include filter of {@code sideways} (null: none left out). */
    private static Query filtered(Query userQuery, SearchRequest request, FacetDimension sideways) {
        if (request.filters().isEmpty()) {
            return userQuery;
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(userQuery, BooleanClause.Occur.MUST);
        request.filters().forEach((dimension, filter) -> {
            if (!filter.include().isEmpty() && dimension != sideways) {
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                for (String value : filter.include()) {
                    any.add(facetTerm(dimension, value), BooleanClause.Occur.SHOULD);
                }
                builder.add(new ConstantScoreQuery(any.build()), BooleanClause.Occur.FILTER);
            }
            for (String value : filter.exclude()) {
                builder.add(facetTerm(dimension, value), BooleanClause.Occur.MUST_NOT);
            }
        });
        return builder.build();
    }

    private static Query facetTerm(FacetDimension dimension, String value) {
        return new TermQuery(DrillDownQuery.term(IndexSchema.FACETS, dimension.dim(), value));
    }

    private Map<FacetDimension, List<FacetCount>> facetCounts(IndexSearcher searcher, Query userQuery,
                                                              SearchRequest request, FacetsCollector main)
            throws IOException {
        Map<FacetDimension, List<FacetCount>> counts = new EnumMap<>(FacetDimension.class);
        Optional<SortedSetDocValuesReaderState> state = index.facetState(searcher);
        for (FacetDimension dimension : FacetDimension.values()) {
            if (state.isEmpty() || state.get().getOrdRange(dimension.dim()) == null) {
                counts.put(dimension, List.of());
                continue;
            }
            FacetsCollector collector = request.filter(dimension).include().isEmpty() ? main
                    : searcher.search(filtered(userQuery, request, dimension), new FacetsCollectorManager());
            FacetResult result = new SortedSetDocValuesFacetCounts(state.get(), collector)
                    .getTopChildren(MAX_FACET_VALUES, dimension.dim());
            List<FacetCount> values = new ArrayList<>();
            if (result != null) {
                for (LabelAndValue value : result.labelValues) {
                    values.add(new FacetCount(value.label, value.value.intValue()));
                }
            }
            counts.put(dimension, values);
        }
        return counts;
    }

    private List<SearchHit> hitsOf(IndexSearcher searcher, Query userQuery, List<ScoreDoc> page, boolean highlight)
            throws IOException {
        int[] docIds = page.stream().mapToInt(d -> d.doc).toArray();
        List<List<Snippet>> snippets = highlight ? snippets(searcher, userQuery, docIds) : null;
        List<SearchHit> hits = new ArrayList<>(page.size());
        Set<String> fields = Set.of(IndexSchema.ID, IndexSchema.PATH, IndexSchema.TITLE, IndexSchema.RECORD);
        for (int i = 0; i < page.size(); i++) {
            Document stored = searcher.storedFields().document(docIds[i], fields);
            ParsedDocument record = DocumentJson.fromJson(stored.get(IndexSchema.RECORD));
            DocumentType type = record.type();
            hits.add(new SearchHit(stored.get(IndexSchema.ID), stored.get(IndexSchema.PATH), type,
                    stored.get(IndexSchema.TITLE), first(LuceneDocuments.units(record)),
                    first(LuceneDocuments.persons(record)), first(LuceneDocuments.years(record)), page.get(i).score,
                    snippets == null ? List.of() : snippets.get(i)));
        }
        return hits;
    }

    /** Per hit, the snippets of the first highlighted field in {@link #HIGHLIGHT_ORDER} that has a match. */
    private List<List<Snippet>> snippets(IndexSearcher searcher, Query userQuery, int[] docIds) throws IOException {
        Set<String> queried = new LinkedHashSet<>();
        userQuery.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                queried.add(field);
                return true;
            }
        });
        String[] fields = HIGHLIGHT_ORDER.stream().filter(queried::contains).toArray(String[]::new);
        Map<String, Object[]> byField = fields.length == 0 || docIds.length == 0 ? Map.of()
                : new SnippetHighlighter(searcher, index.analyzer()).highlight(fields, userQuery, docIds);
        List<List<Snippet>> snippets = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            List<Snippet> chosen = null;
            for (String field : fields) {
                Object value = byField.get(field)[i];
                if (value instanceof List<?> list && !list.isEmpty()) {
                    chosen = list.stream().map(Snippet.class::cast).toList();
                    break;
                }
            }
            if (chosen == null) {
                String text = searcher.storedFields().document(docIds[i], Set.of(IndexSchema.TEXT))
                        .get(IndexSchema.TEXT);
                chosen = List.of(SnippetFormatter.opening(text == null ? "" : text));
            }
            snippets.add(chosen);
        }
        return snippets;
    }

    /** Exact fields before folded ones, the text before its parts. */
    private static List<String> highlightOrder() {
        List<String> order = new ArrayList<>();
        order.add(IndexSchema.TEXT);
        for (SectionKind kind : SectionKind.values()) {
            order.add(IndexSchema.partField(kind));
        }
        order.add(IndexSchema.TEXT_FOLDED);
        for (SectionKind kind : SectionKind.values()) {
            order.add(IndexSchema.folded(IndexSchema.partField(kind)));
        }
        return List.copyOf(order);
    }

    /** The position of the first term that starts with a wildcard, or -1. */
    private static int leadingWildcard(String query) {
        Matcher term = LEADING_WILDCARD.matcher(query);
        return term.find() ? term.start(1) : -1;
    }

    private static <T> T first(Set<T> values) {
        return values.isEmpty() ? null : values.iterator().next();
    }

    private static QuerySyntaxException syntaxError(String query, ParseException e) {
        Throwable cause = e.getCause();
        if (cause instanceof VietnameseQueryParser.FieldProblem problem) {
            int at = query.indexOf(problem.field + ":");
            return new QuerySyntaxException(query, at, problem.getMessage());
        }
        if (cause instanceof VietnameseQueryParser.PatternProblem problem) {
            return new QuerySyntaxException(query, query.indexOf(problem.pattern), problem.getMessage());
        }
        if (cause instanceof ParseException grammar && grammar.currentToken != null) {
            Token unexpected = grammar.currentToken.next;
            if (unexpected == null || unexpected.kind == 0) {
                return new QuerySyntaxException(query, query.length(),
                        "truy vấn kết thúc khi còn thiếu một phần (unexpected end of query)");
            }
            return new QuerySyntaxException(query, Math.min(unexpected.beginColumn, query.length()),
                    "không chờ đợi “" + unexpected.image + "” ở đây (unexpected “" + unexpected.image + "”)");
        }
        if (cause instanceof TokenMgrError lexical) {
            Matcher column = COLUMN.matcher(lexical.getMessage());
            int at = column.find() ? Math.min(Integer.parseInt(column.group(1)), query.length()) : -1;
            return new QuerySyntaxException(query, at,
                    "dấu ngoặc kép hoặc ký tự thoát chưa đóng (unterminated quote or escape)");
        }
        String detail = (cause == null ? e : cause).getMessage();
        detail = detail == null ? "" : detail.replaceFirst("(?s)^Cannot parse '.*?': ", "");
        if (detail.contains("not allowed as first character")) {
            return new QuerySyntaxException(query, leadingWildcard(query),
                    "không được bắt đầu một từ bằng * hoặc ? (a term cannot start with * or ?)");
        }
        return new QuerySyntaxException(query, -1, "không hiểu được truy vấn (cannot parse the query: " + detail + ")");
    }
}

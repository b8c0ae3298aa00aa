package vn.soi.web.search;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.soi.indexer.index.FacetCount;
import vn.soi.indexer.index.FacetDimension;
import vn.soi.indexer.index.QuerySyntaxException;
import vn.soi.indexer.index.SearchHit;
import vn.soi.indexer.index.SearchRequest;
import vn.soi.indexer.index.SearchResult;
import vn.soi.indexer.index.SearchService;
import vn.soi.indexer.index.Snippet;
import vn.soi.web.page.PageRenderer;
import vn.soi.web.security.SessionUser;
import vn.soi.web.security.Sessions;

/**
 * The search page ({@code GET /search}), saved searches ({@code POST /search/saved},
 * {@code POST /search/saved/{id}/delete}) and {@code GET /api/search}. Researchers get pseudonyms for every personal
 * name (titles, snippets, persons), no person facet, and no file paths.
 */
public final class SearchController {
    private static final Pattern PERSON_FIELD = Pattern.compile("(?i)(?<![\\p{L}\\p{N}_])person(?:_folded)?\\s*:");
    private final SearchService search;
    private final SavedSearches savedSearches;
    private final NameMasks masks;
    private final Sessions sessions;
    private final PageRenderer pages;

    /**
     * @param search searches the index
     * @param savedSearches the users' saved searches
     * @param masks the name mask of each user
     * @param sessions reads the signed-in account
     * @param pages renders pages
     */
    public SearchController(SearchService search, SavedSearches savedSearches, NameMasks masks, Sessions sessions,
            PageRenderer pages) {
        this.search = Objects.requireNonNull(search, "search");
        this.savedSearches = Objects.requireNonNull(savedSearches, "savedSearches");
        this.masks = Objects.requireNonNull(masks, "masks");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    /**
     * {@code GET /search}: the form, the hits, the facets and the saved searches; 400 with the page and a Vietnamese
     * explanation for a malformed query.
     *
     * @param ctx the request
     * @throws IOException when the index cannot be read
     */
    public void show(Context ctx) throws IOException {
        SessionUser user = sessions.user(ctx).orElseThrow();
        SearchQuery query = SearchQuery.from(ctx.queryParamMap(), SearchQuery.PAGE_SIZE);
        NameMask mask = masks.forUser(user, List.of());
        refuseHiddenFilters(query, mask);
        List<SavedSearch> saved = savedSearches.of(user.name());
        SearchPage page;
        try {
            SearchResult result = search.search(query.toRequest());
            page = new SearchPage(query, null, result.total(), result.totalExact(), hits(result, mask),
                    facets(result, query, mask), pageCount(result.total(), query.size()), saved, mask.hides());
        } catch (QuerySyntaxException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            page = new SearchPage(query, queryError(e), 0, true, List.of(), List.of(), 0, saved, mask.hides());
        }
        pages.render(ctx, "search.jte", "Tìm kiếm", Map.of("page", page));
    }

    /**
     * {@code GET /api/search}: the same parameters as the page, plus {@code size} (1 to {@value
     * SearchQuery#MAX_API_SIZE}); the hits as in the search-hit contract, the facets and the total.
     *
     * @param ctx the request
     * @throws IOException when the index cannot be read
     */
    public void api(Context ctx) throws IOException {
        SessionUser user = sessions.user(ctx).orElseThrow();
        SearchQuery query = SearchQuery.from(ctx.queryParamMap(), apiSize(ctx.queryParam("size")));
        NameMask mask = masks.forUser(user, List.of());
        refuseHiddenFilters(query, mask);
        SearchResult result;
        try {
            result = search.search(query.toRequest());
        } catch (QuerySyntaxException e) {
            throw new BadRequestResponse(firstLine(e.getMessage()));
        }
        List<ApiHit> hits = result.hits().stream().map(hit -> ApiHit.of(hit, mask)).toList();
        Map<String, List<ApiFacetValue>> facets = new LinkedHashMap<>();
        for (FacetDimension dimension : shownDimensions(mask)) {
            facets.put(dimension.dim(), result.facet(dimension).stream()
                    .map(count -> new ApiFacetValue(count.value(), FacetLabels.of(dimension, count.value()),
                            count.count()))
                    .toList());
        }
        ctx.json(new ApiResult(result.total(), result.totalExact(), query.page(), query.size(), hits, facets));
    }

    /**
     * {@code POST /search/saved} with the form fields {@code name} and {@code query} (the search page's query string):
     * saves the search for the signed-in account and opens it (303).
     *
     * @param ctx the request
     */
    public void save(Context ctx) {
        SessionUser user = sessions.user(ctx).orElseThrow();
        String name = Objects.requireNonNullElse(ctx.formParam("name"), "").strip();
        if (name.isEmpty() || name.length() > SavedSearches.MAX_NAME_LENGTH) {
            throw new BadRequestResponse("Tên tìm kiếm cần lưu phải có từ 1 đến " + SavedSearches.MAX_NAME_LENGTH
                    + " ký tự.");
        }
        String queryString = Objects.requireNonNullElse(ctx.formParam("query"), "");
        if (queryString.length() > SavedSearches.MAX_QUERY_LENGTH) {
            throw new BadRequestResponse("Tìm kiếm cần lưu quá dài.");
        }
        SearchQuery query = SearchQuery.from(parseQueryString(queryString), SearchQuery.PAGE_SIZE);
        if (savedSearches.of(user.name()).size() >= SavedSearches.MAX_PER_ACCOUNT) {
            throw new BadRequestResponse("Bạn đã lưu " + SavedSearches.MAX_PER_ACCOUNT
                    + " tìm kiếm; hãy xóa bớt trước khi lưu thêm.");
        }
        SavedSearch saved = savedSearches.save(user.name(), name, query.queryString());
        ctx.redirect(saved.href(), HttpStatus.SEE_OTHER);
    }

    /**
     * {@code POST /search/saved/{id}/delete}: deletes one of the account's saved searches and returns to the search
     * page (303); 404 when the account has no saved search with that id.
     *
     * @param ctx the request
     */
    public void delete(Context ctx) {
        SessionUser user = sessions.user(ctx).orElseThrow();
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFoundResponse("Không tìm thấy tìm kiếm đã lưu này.");
        }
        if (!savedSearches.delete(user.name(), id)) {
            throw new NotFoundResponse("Không tìm thấy tìm kiếm đã lưu này.");
        }
        String back = Objects.requireNonNullElse(ctx.formParam("back"), "");
        ctx.redirect(back.startsWith(SearchQuery.PAGE_PATH + "?") ? back : SearchQuery.PAGE_PATH,
                HttpStatus.SEE_OTHER);
    }

    /** Researchers may not look people up by name: that would tie a name to its pseudonym. */
    private static void refuseHiddenFilters(SearchQuery query, NameMask mask) {
        if (!mask.hides()) {
            return;
        }
        if (!query.filter(FacetDimension.PERSON).isEmpty()) {
            throw new BadRequestResponse("Tài khoản nghiên cứu không lọc được theo tên người.");
        }
        if (PERSON_FIELD.matcher(query.query()).find() || !mask.occurrences(query.query()).isEmpty()) {
            throw new BadRequestResponse("Tài khoản nghiên cứu không tìm được theo tên người; "
                    + "hãy bỏ tên người khỏi truy vấn.");
        }
    }

    private static List<FacetDimension> shownDimensions(NameMask mask) {
        return Arrays.stream(FacetDimension.values())
                .filter(dimension -> !(mask.hides() && dimension == FacetDimension.PERSON))
                .toList();
    }

    private static List<SearchPage.Hit> hits(SearchResult result, NameMask mask) {
        List<SearchPage.Hit> hits = new ArrayList<>();
        for (SearchHit hit : result.hits()) {
            hits.add(new SearchPage.Hit(documentHref(hit), title(hit, mask), hit.documentType().label(),
                    hit.unit(), mask.name(hit.person()), hit.year(), mask.hides() ? null : hit.document(),
                    hit.snippets().stream().map(snippet -> mask.snippet(snippet.html())).toList()));
        }
        return hits;
    }

    /**
     * @param hit a hit
     * @param mask the user's name mask
     * @return the index's title; for researchers one rebuilt from the type, the person's pseudonym or the unit, and
     *     the year, since the index's title may fall back on the file name, which often carries a name
     */
    static String title(SearchHit hit, NameMask mask) {
        if (!mask.hides()) {
            return hit.title();
        }
        StringBuilder title = new StringBuilder(hit.documentType().label());
        // A register's first person is not what the register is about: name its unit.
        String subject = hit.person() != null && !hit.documentType().isRegister() ? mask.name(hit.person())
                : hit.unit();
        if (subject != null) {
            title.append(" – ").append(subject);
        }
        if (hit.year() != null) {
            title.append(" – năm ").append(hit.year());
        }
        return title.toString();
    }

    /**
     * @param hit a hit
     * @return its document view, opened at the best passage's first match
     */
    static String documentHref(SearchHit hit) {
        String href = "/documents/" + URLEncoder.encode(hit.id(), StandardCharsets.UTF_8).replace("+", "%20");
        Snippet best = hit.bestSnippet().filter(Snippet::hasMatch).orElse(null);
        return best == null ? href : href + "?hl=" + best.matchStart() + "-" + best.matchEnd() + "#hl";
    }

    private static List<SearchPage.Facet> facets(SearchResult result, SearchQuery query, NameMask mask) {
        List<SearchPage.Facet> facets = new ArrayList<>();
        for (FacetDimension dimension : shownDimensions(mask)) {
            List<SearchPage.FacetValue> values = new ArrayList<>();
            for (FacetCount count : result.facet(dimension)) {
                values.add(facetValue(query, dimension, count.value(), count.count()));
            }
            query.filter(dimension).exclude().stream().sorted()
                    .forEach(value -> values.add(facetValue(query, dimension, value, -1)));
            if (!values.isEmpty()) {
                facets.add(new SearchPage.Facet(dimension, FacetLabels.of(dimension), values));
            }
        }
        return facets;
    }

    private static SearchPage.FacetValue facetValue(SearchQuery query, FacetDimension dimension, String value,
            int count) {
        return new SearchPage.FacetValue(FacetLabels.of(dimension, value), count, query.includes(dimension, value),
                query.excludes(dimension, value), query.including(dimension, value),
                query.excluding(dimension, value), query.without(dimension, value));
    }

    private static int pageCount(long total, int size) {
        long reachable = Math.min(total, SearchRequest.MAX_WINDOW);
        return (int) ((reachable + size - 1) / size);
    }

    private static SearchPage.QueryError queryError(QuerySyntaxException e) {
        String query = e.query();
        String reason = firstLine(e.getMessage());
        int at = e.position();
        if (at < 0 || at > query.length()) {
            return new SearchPage.QueryError(reason, query, "", "");
        }
        int end = Math.min(query.length(), at + 1);
        return new SearchPage.QueryError(reason, query.substring(0, at), query.substring(at, end),
                query.substring(end));
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static int apiSize(String size) {
        if (size == null || size.isBlank()) {
            return SearchRequest.DEFAULT_SIZE;
        }
        String digits = size.strip();
        if (!digits.matches("[0-9]{1,3}") || Integer.parseInt(digits) < 1
                || Integer.parseInt(digits) > SearchQuery.MAX_API_SIZE) {
            throw new BadRequestResponse("Tham số size phải là số nguyên từ 1 đến " + SearchQuery.MAX_API_SIZE + ".");
        }
        return Integer.parseInt(digits);
    }

    private static Map<String, List<String>> parseQueryString(String queryString) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        String trimmed = queryString.startsWith("?") ? queryString.substring(1) : queryString;
        for (String pair : trimmed.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            params.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return params;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("Tìm kiếm cần lưu không hợp lệ.");
        }
    }

    /**
     * The answer of {@code GET /api/search}.
     *
     * @param total matching documents
     * @param totalExact whether the total is exact (else a lower bound)
     * @param page the page number, from 1
     * @param size hits per page
     * @param hits the page's hits
     * @param facets per dimension name, its values with counts
     */
    public record ApiResult(long total, boolean totalExact, int page, int size, List<ApiHit> hits,
            Map<String, List<ApiFacetValue>> facets) {
    }

    /**
     * One facet value in the API.
     *
     * @param value the value as indexed (for the filter parameters)
     * @param label the value in Vietnamese
     * @param count matching documents with it
     */
    public record ApiFacetValue(String value, String label, int count) {
    }

    /**
     * One hit in the API: the search-hit contract ({@code document} is the ingested path, null for researchers),
     * then the id and each snippet's offsets in the normalised text.
     *
     * @param document the ingested path, or null when withheld
     * @param documentType the type name
     * @param title the title
     * @param unit the first unit, or null
     * @param person the first person (pseudonym for researchers), or null
     * @param year the first year, or null
     * @param score the relevance score
     * @param snippets the highlighted passages (HTML: escaped text, matches in {@code <b>})
     * @param id the document id, for {@code /api/documents/{id}}
     * @param passages each snippet's offsets
     */
    public record ApiHit(String document, String documentType, String title, String unit, String person,
            Integer year, float score, List<String> snippets, String id, List<ApiPassage> passages) {
        static ApiHit of(SearchHit hit, NameMask mask) {
            return new ApiHit(mask.hides() ? null : hit.document(), hit.documentType().name(), SearchController.title(hit, mask),
                    hit.unit(), mask.name(hit.person()), hit.year(), hit.score(),
                    hit.snippets().stream().map(snippet -> mask.snippet(snippet.html())).toList(), hit.id(),
                    hit.snippets().stream().map(ApiPassage::of).toList());
        }
    }

    /**
     * Where a snippet lies in the document's normalised text.
     *
     * @param start the passage's start
     * @param end the passage's end
     * @param matchStart its first match's start, or -1
     * @param matchEnd its first match's end, or -1
     */
    public record ApiPassage(int start, int end, int matchStart, int matchEnd) {
        static ApiPassage of(Snippet snippet) {
            return new ApiPassage(snippet.start(), snippet.end(), snippet.matchStart(), snippet.matchEnd());
        }
    }
}

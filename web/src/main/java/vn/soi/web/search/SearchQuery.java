package vn.soi.web.search;

import io.javalin.http.BadRequestResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import vn.soi.indexer.index.FacetDimension;
import vn.soi.indexer.index.FacetFilter;
import vn.soi.indexer.index.SearchRequest;
import vn.soi.indexer.index.SearchSort;

/**
 * The whole state of a search, as the GET parameters of the search page and of {@code /api/search}: {@code q} (Lucene
 * classic syntax), per facet dimension {@code type}, {@code unit}, {@code year}, {@code rating}, {@code person} (values
 * to include, repeatable) and {@code exclude.type} and so on (values to exclude), {@code sort} ({@code relevance} or
 * {@code date}) and {@code page} (from 1). Every link of the page is built from it, so a URL is a shareable search.
 *
 * @param query the query text ("" for every document)
 * @param filters include and exclude values per dimension
 * @param sort the order
 * @param page the page number, from 1
 * @param size hits per page
 */
public record SearchQuery(String query, Map<FacetDimension, FacetFilter> filters, SearchSort sort, int page,
        int size) {
    /** The search page. */
    public static final String PAGE_PATH = "/search";
    /** Hits per page. */
    public static final int PAGE_SIZE = 10;
    /** Most hits per page the API gives. */
    public static final int MAX_API_SIZE = 100;
    /** Longest query, in characters. */
    public static final int MAX_QUERY_LENGTH = 1_000;
    private static final String EXCLUDE = "exclude.";

    /** Validates the fields. */
    public SearchQuery {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(sort, "sort");
        Map<FacetDimension, FacetFilter> copy = new EnumMap<>(FacetDimension.class);
        Objects.requireNonNull(filters, "filters").forEach((dimension, filter) -> {
            if (!filter.isEmpty()) {
                copy.put(dimension, filter);
            }
        });
        filters = Map.copyOf(copy);
    }

    /**
     * Reads the GET parameters; unknown parameters are ignored.
     *
     * @param params the query parameters
     * @param size hits per page
     * @return the search
     * @throws BadRequestResponse with a Vietnamese message for a bad sort, page, too long a query, or a value both
     *     included and excluded
     */
    public static SearchQuery from(Map<String, List<String>> params, int size) {
        String query = first(params, "q").strip();
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new BadRequestResponse("Truy vấn dài quá " + MAX_QUERY_LENGTH + " ký tự.");
        }
        String sortName = first(params, "sort");
        SearchSort sort = switch (sortName) {
            case "", "relevance" -> SearchSort.RELEVANCE;
            case "date" -> SearchSort.DATE;
            default -> throw new BadRequestResponse("Cách sắp xếp không hợp lệ; chỉ nhận relevance hoặc date.");
        };
        int page = 1;
        String pageText = first(params, "page");
        if (!pageText.isEmpty()) {
            try {
                page = Integer.parseInt(pageText);
            } catch (NumberFormatException e) {
                throw new BadRequestResponse("Số trang phải là số nguyên dương.");
            }
        }
        if (page < 1 || (long) page * size > SearchRequest.MAX_WINDOW) {
            throw new BadRequestResponse("Số trang phải từ 1 đến " + SearchRequest.MAX_WINDOW / size + ".");
        }
        Map<FacetDimension, FacetFilter> filters = new EnumMap<>(FacetDimension.class);
        for (FacetDimension dimension : FacetDimension.values()) {
            Set<String> include = values(params, dimension.dim());
            Set<String> exclude = values(params, EXCLUDE + dimension.dim());
            if (include.stream().anyMatch(exclude::contains)) {
                throw new BadRequestResponse("Một giá trị của “" + dimension.dim()
                        + "” vừa được chọn vừa bị loại trừ.");
            }
            filters.put(dimension, new FacetFilter(include, exclude));
        }
        return new SearchQuery(query, filters, sort, page, size);
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.getOrDefault(name, List.of());
        return values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    private static Set<String> values(Map<String, List<String>> params, String name) {
        Set<String> values = new LinkedHashSet<>();
        for (String value : params.getOrDefault(name, List.of())) {
            if (value != null && !value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }

    /** @return the index request for this search: the page's hits, highlighted, with facet counts */
    public SearchRequest toRequest() {
        return new SearchRequest(query, filters, sort, (page - 1) * size, size, true, true);
    }

    /**
     * @param dimension a dimension
     * @return its filter (empty when none)
     */
    public FacetFilter filter(FacetDimension dimension) {
        return filters.getOrDefault(dimension, FacetFilter.none());
    }

    /** @return whether any facet value is included or excluded */
    public boolean filtered() {
        return !filters.isEmpty();
    }

    /**
     * @param dimension a dimension
     * @param value one of its values
     * @return whether the search keeps only documents with that value
     */
    public boolean includes(FacetDimension dimension, String value) {
        return filter(dimension).include().contains(value);
    }

    /**
     * @param dimension a dimension
     * @param value one of its values
     * @return whether the search drops documents with that value
     */
    public boolean excludes(FacetDimension dimension, String value) {
        return filter(dimension).exclude().contains(value);
    }

    /** @return this search's URL query string (canonical order), without {@code page} when it is 1 */
    public String queryString() {
        StringJoiner joiner = new StringJoiner("&");
        if (!query.isEmpty()) {
            joiner.add("q=" + encode(query));
        }
        for (FacetDimension dimension : FacetDimension.values()) {
            FacetFilter filter = filter(dimension);
            filter.include().stream().sorted().forEach(v -> joiner.add(dimension.dim() + "=" + encode(v)));
            filter.exclude().stream().sorted().forEach(v -> joiner.add(EXCLUDE + dimension.dim() + "=" + encode(v)));
        }
        if (sort != SearchSort.RELEVANCE) {
            joiner.add("sort=" + sort.name().toLowerCase(Locale.ROOT));
        }
        if (page > 1) {
            joiner.add("page=" + page);
        }
        return joiner.toString();
    }

    /** @return the search page's URL for this search */
    public String href() {
        String parameters = queryString();
        return PAGE_PATH + (parameters.isEmpty() ? "" : "?" + parameters);
    }

    /**
     * @param dimension a dimension
     * @param value a value
     * @return the URL of this search also keeping only that value (from page 1)
     */
    public String including(FacetDimension dimension, String value) {
        return changed(dimension, value, true, true).href();
    }

    /**
     * @param dimension a dimension
     * @param value a value
     * @return the URL of this search also dropping that value (from page 1)
     */
    public String excluding(FacetDimension dimension, String value) {
        return changed(dimension, value, false, true).href();
    }

    /**
     * @param dimension a dimension
     * @param value a value included or excluded
     * @return the URL of this search without that filter value (from page 1)
     */
    public String without(FacetDimension dimension, String value) {
        return changed(dimension, value, includes(dimension, value), false).href();
    }

    /**
     * @param newSort an order
     * @return the URL of this search in that order (from page 1)
     */
    public String sortedBy(SearchSort newSort) {
        return new SearchQuery(query, filters, newSort, 1, size).href();
    }

    /**
     * @param newPage a page number
     * @return the URL of that page of this search
     */
    public String onPage(int newPage) {
        return new SearchQuery(query, filters, sort, newPage, size).href();
    }

    /** @return this search without any filter value (same query and order) */
    public String unfiltered() {
        return new SearchQuery(query, Map.of(), sort, 1, size).href();
    }

    private SearchQuery changed(FacetDimension dimension, String value, boolean include, boolean add) {
        FacetFilter old = filter(dimension);
        Set<String> included = new LinkedHashSet<>(old.include());
        Set<String> excluded = new LinkedHashSet<>(old.exclude());
        included.remove(value);
        excluded.remove(value);
        if (add) {
            (include ? included : excluded).add(value);
        }
        Map<FacetDimension, FacetFilter> changed = new EnumMap<>(FacetDimension.class);
        changed.putAll(filters);
        changed.put(dimension, new FacetFilter(included, excluded));
        return new SearchQuery(query, changed, sort, 1, size);
    }

    /** @return every (dimension, value, included) of the filters, for the "active filters" list */
    public List<ActiveFilter> activeFilters() {
        List<ActiveFilter> active = new ArrayList<>();
        filters.forEach((dimension, filter) -> {
            filter.include().stream().sorted().forEach(v -> active.add(new ActiveFilter(dimension, v, true)));
            filter.exclude().stream().sorted().forEach(v -> active.add(new ActiveFilter(dimension, v, false)));
        });
        return active;
    }

    /**
     * One value a search includes or excludes.
     *
     * @param dimension the dimension
     * @param value the value
     * @param included true when kept, false when dropped
     */
    public record ActiveFilter(FacetDimension dimension, String value, boolean included) {
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

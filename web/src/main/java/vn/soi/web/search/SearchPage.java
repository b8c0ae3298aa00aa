package vn.soi.web.search;

import java.util.List;
import java.util.Objects;
import vn.soi.indexer.index.FacetDimension;

/**
 * What the search page shows.
 *
 * @param search the search (the form's and the links' state)
 * @param error the query problem to show, or null
 * @param total matching documents (a lower bound when not {@code totalExact})
 * @param totalExact whether {@code total} is exact
 * @param hits the page's hits
 * @param facets the facet counts, shown dimensions only
 * @param pages how many pages the hits fill (at most the deepest reachable)
 * @param saved the user's saved searches
 * @param namesHidden whether personal names are pseudonymised for this user
 */
public record SearchPage(SearchQuery search, QueryError error, long total, boolean totalExact, List<Hit> hits,
        List<Facet> facets, int pages, List<SavedSearch> saved, boolean namesHidden) {
    /** Validates the fields. */
    public SearchPage {
        Objects.requireNonNull(search, "search");
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
        saved = List.copyOf(saved);
    }

    /**
     * A malformed query, for the page.
     *
     * @param message the Vietnamese explanation
     * @param before the query before the problem
     * @param at the character at the problem ("" at the end or when not tied to a place)
     * @param after the rest of the query
     */
    public record QueryError(String message, String before, String at, String after) {
    }

    /**
     * One hit as shown.
     *
     * @param href the document view, opened at the best passage
     * @param title the title (names pseudonymised for researchers)
     * @param typeLabel the document type in Vietnamese
     * @param unit the first unit, or null
     * @param person the first person (pseudonym for researchers), or null
     * @param year the first year, or null
     * @param path the ingested path, or null when withheld (researchers: file names often carry personal names)
     * @param snippets the highlighted passages as safe HTML (escaped text and {@code <b>} marks only)
     */
    public record Hit(String href, String title, String typeLabel, String unit, String person, Integer year,
            String path, List<String> snippets) {
    }

    /**
     * One facet dimension as shown.
     *
     * @param dimension the dimension
     * @param label its Vietnamese name
     * @param values its values, largest count first, then the excluded ones
     */
    public record Facet(FacetDimension dimension, String label, List<FacetValue> values) {
    }

    /**
     * One facet value with its links.
     *
     * @param label how it is shown
     * @param count matching documents with it ({@code -1} for an excluded value)
     * @param included whether the search keeps only documents with it
     * @param excluded whether the search drops documents with it
     * @param includeHref this search keeping only it
     * @param excludeHref this search dropping it
     * @param removeHref this search without its filter
     */
    public record FacetValue(String label, int count, boolean included, boolean excluded, String includeHref,
            String excludeHref, String removeHref) {
    }
}

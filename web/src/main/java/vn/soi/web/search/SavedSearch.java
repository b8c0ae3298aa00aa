package vn.soi.web.search;

import java.time.Instant;
import java.util.Objects;

/**
 * A search an account saved: its name and the query string of the search page that reproduces it.
 *
 * @param id the row id
 * @param account the owning account's name
 * @param name the name the user gave it
 * @param query the search page's query string, without the leading {@code ?}
 * @param createdAt when it was saved
 */
public record SavedSearch(long id, String account, String name, String query, Instant createdAt) {
    /** Validates the fields. */
    public SavedSearch {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** @return the search page's address for this search */
    public String href() {
        return SearchQuery.PAGE_PATH + (query.isEmpty() ? "" : "?" + query);
    }
}

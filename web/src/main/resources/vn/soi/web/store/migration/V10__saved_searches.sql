-- Saved searches: a named search (the query string of the search page's URL) per account.
CREATE TABLE saved_search (
    id         INTEGER PRIMARY KEY,
    account    TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    query      TEXT    NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX saved_search_by_account ON saved_search (account, id);

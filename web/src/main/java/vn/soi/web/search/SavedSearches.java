package vn.soi.web.search;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.soi.web.store.SoiDatabase;

/** The saved searches of each account, in the table {@code saved_search}. An account sees and deletes only its own. */
public final class SavedSearches {
    /** Longest name, in characters. */
    public static final int MAX_NAME_LENGTH = 120;
    /** Longest saved query string, in characters. */
    public static final int MAX_QUERY_LENGTH = 4_000;
    /** Most saved searches per account. */
    public static final int MAX_PER_ACCOUNT = 100;

    private final SoiDatabase database;
    private final Clock clock;

    /**
     * @param database the open database (migrated to include {@code saved_search})
     * @param clock stamps new saved searches
     */
    public SavedSearches(SoiDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Saves a search for an account.
     *
     * @param account the account name
     * @param name the name, 1 to {@value #MAX_NAME_LENGTH} characters
     * @param query the search page's query string, at most {@value #MAX_QUERY_LENGTH} characters
     * @return the saved search
     * @throws IllegalArgumentException when the name or query is out of bounds, or the account already has
     *     {@value #MAX_PER_ACCOUNT} saved searches
     */
    public SavedSearch save(String account, String name, String query) {
        Objects.requireNonNull(account, "account");
        String cleanName = Objects.requireNonNull(name, "name").strip();
        if (cleanName.isEmpty() || cleanName.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("saved search name must have 1 to " + MAX_NAME_LENGTH
                    + " characters, got " + cleanName.length());
        }
        if (Objects.requireNonNull(query, "query").length() > MAX_QUERY_LENGTH) {
            throw new IllegalArgumentException("saved query must have at most " + MAX_QUERY_LENGTH
                    + " characters, got " + query.length());
        }
        Instant at = Instant.ofEpochMilli(clock.millis());
        long id = database.write("save search for " + account, connection -> {
            try (PreparedStatement count = connection.prepareStatement(
                    "SELECT COUNT(*) FROM saved_search WHERE account = ?")) {
                count.setString(1, account);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    if (rows.getInt(1) >= MAX_PER_ACCOUNT) {
                        throw new IllegalArgumentException("account " + account + " already has "
                                + MAX_PER_ACCOUNT + " saved searches");
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO saved_search (account, name, query, created_at) VALUES (?, ?, ?, ?)",
                    PreparedStatement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, account);
                insert.setString(2, cleanName);
                insert.setString(3, query);
                insert.setLong(4, at.toEpochMilli());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return new SavedSearch(id, account, cleanName, query, at);
    }

    /**
     * @param account the account name
     * @return its saved searches, oldest first
     */
    public List<SavedSearch> of(String account) {
        Objects.requireNonNull(account, "account");
        return database.read("list saved searches of " + account, connection -> {
            List<SavedSearch> saved = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, name, query, created_at FROM saved_search WHERE account = ? ORDER BY id")) {
                select.setString(1, account);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        saved.add(new SavedSearch(rows.getLong("id"), account, rows.getString("name"),
                                rows.getString("query"), Instant.ofEpochMilli(rows.getLong("created_at"))));
                    }
                }
            }
            return saved;
        });
    }

    /**
     * Deletes one of the account's saved searches.
     *
     * @param account the account name
     * @param id the saved search's id
     * @return whether the account had a saved search with that id
     */
    public boolean delete(String account, long id) {
        Objects.requireNonNull(account, "account");
        return database.write("delete saved search " + id + " of " + account, connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM saved_search WHERE id = ? AND account = ?")) {
                delete.setLong(1, id);
                delete.setString(2, account);
                return delete.executeUpdate() == 1;
            }
        });
    }
}

package vn.soi.web.review;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.soi.web.store.SoiDatabase;

/** Records review decisions (append-only, durable) and reads their history. */
public final class ReviewService {
    /** Longest accepted finding key, in characters. */
    public static final int MAX_KEY_LENGTH = 512;
    /** Longest accepted note, in characters. */
    public static final int MAX_NOTE_LENGTH = 4_000;
    private static final String COLUMNS = "id, finding_key, status, note, decided_by, decided_at";

    private final SoiDatabase database;
    private final Clock clock;

    /**
     * @param database the open database
     * @param clock the clock that stamps decisions
     */
    public ReviewService(SoiDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records a decision; it is durable when this returns. Earlier decisions on the same finding are kept.
     *
     * @param findingKey the finding's stable key (1 to {@value #MAX_KEY_LENGTH} characters)
     * @param status the decided status
     * @param note the reviewer's note, at most {@value #MAX_NOTE_LENGTH} characters (null means empty)
     * @param decidedBy the reviewer's account name
     * @return the stored decision
     * @throws IllegalArgumentException naming the bad argument
     */
    public ReviewDecision decide(String findingKey, ReviewStatus status, String note, String decidedBy) {
        String key = checkKey(findingKey);
        Objects.requireNonNull(status, "status");
        if (decidedBy == null || decidedBy.isBlank()) {
            throw new IllegalArgumentException("decidedBy must name the reviewer, got '" + decidedBy + "'");
        }
        String cleanNote = note == null ? "" : Normalizer.normalize(note.strip(), Normalizer.Form.NFC);
        if (cleanNote.length() > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException("note has " + cleanNote.length() + " characters, more than "
                    + MAX_NOTE_LENGTH);
        }
        Instant at = Instant.ofEpochMilli(clock.millis());
        long id = database.write("record review decision on " + key, connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO review_decision (finding_key, status, note, decided_by, decided_at) VALUES (?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, key);
                insert.setString(2, status.code());
                insert.setString(3, cleanNote);
                insert.setString(4, decidedBy);
                insert.setLong(5, at.toEpochMilli());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return new ReviewDecision(id, key, status, cleanNote, decidedBy, at);
    }

    /**
     * @param findingKey the finding's stable key
     * @return every decision on it, oldest first (empty when never decided)
     */
    public List<ReviewDecision> history(String findingKey) {
        String key = checkKey(findingKey);
        return database.read("read review history of " + key, connection -> {
            List<ReviewDecision> decisions = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM review_decision WHERE finding_key = ? ORDER BY id")) {
                select.setString(1, key);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        decisions.add(decision(rows));
                    }
                }
            }
            return decisions;
        });
    }

    /**
     * @param findingKey the finding's stable key
     * @return the latest decision, when there is one
     */
    public Optional<ReviewDecision> latest(String findingKey) {
        List<ReviewDecision> history = history(findingKey);
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    /**
     * @param findingKey the finding's stable key
     * @return the current status: the latest decision's, or {@link ReviewStatus#OPEN} when never decided
     */
    public ReviewStatus status(String findingKey) {
        return latest(findingKey).map(ReviewDecision::status).orElse(ReviewStatus.OPEN);
    }

    /** @return the latest decision of every finding ever decided, by finding key (for dashboards and filters) */
    public Map<String, ReviewDecision> latestDecisions() {
        return database.read("read latest review decisions", connection -> {
            Map<String, ReviewDecision> latest = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM review_decision WHERE id IN (SELECT MAX(id) FROM review_decision GROUP BY finding_key)"
                    + " ORDER BY finding_key");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ReviewDecision decision = decision(rows);
                    latest.put(decision.findingKey(), decision);
                }
            }
            return latest;
        });
    }

    private static ReviewDecision decision(ResultSet row) throws SQLException {
        return new ReviewDecision(row.getLong("id"), row.getString("finding_key"),
                ReviewStatus.fromCode(row.getString("status")), row.getString("note"), row.getString("decided_by"),
                Instant.ofEpochMilli(row.getLong("decided_at")));
    }

    private static String checkKey(String findingKey) {
        if (findingKey == null || findingKey.isBlank() || findingKey.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("finding key must have 1 to " + MAX_KEY_LENGTH
                    + " characters, got '" + findingKey + "'");
        }
        return findingKey;
    }
}

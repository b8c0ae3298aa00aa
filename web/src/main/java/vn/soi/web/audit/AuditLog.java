package vn.soi.web.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.soi.web.store.SoiDatabase;

/** Records audited actions durably (append-only) and lists them, newest first. */
public final class AuditLog {
    /** Longest stored target or actor, in characters; longer values are cut. */
    public static final int MAX_FIELD_LENGTH = 1_000;

    private final SoiDatabase database;
    private final Clock clock;

    /**
     * @param database the open database
     * @param clock the clock that stamps events
     */
    public AuditLog(SoiDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records an event; it is durable when this returns.
     *
     * @param actor the account name, or null for an anonymous request
     * @param action what was done
     * @param target what it was done to, or null
     * @param address the client's IP address, or null
     * @return the stored event
     */
    public AuditEvent record(String actor, AuditAction action, String target, String address) {
        Objects.requireNonNull(action, "action");
        Instant at = Instant.ofEpochMilli(clock.millis());
        String cutActor = cut(actor);
        String cutTarget = cut(target);
        String cutAddress = cut(address);
        long id = database.write("record audit event " + action, connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO audit_event (at, actor, action, target, address) VALUES (?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, at.toEpochMilli());
                setNullable(insert, 2, cutActor);
                insert.setString(3, action.name());
                setNullable(insert, 4, cutTarget);
                setNullable(insert, 5, cutAddress);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return new AuditEvent(id, at, cutActor, action, cutTarget, cutAddress);
    }

    /**
     * Lists events, newest first.
     *
     * @param limit at most this many (1 to 1000)
     * @param beforeId only events with a smaller id (for the next page), or {@link Long#MAX_VALUE} for the newest
     * @return the events
     */
    public List<AuditEvent> recent(int limit, long beforeId) {
        if (limit < 1 || limit > 1_000) {
            throw new IllegalArgumentException("limit must be in 1..1000, got " + limit);
        }
        return database.read("list audit events", connection -> {
            List<AuditEvent> events = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, at, actor, action, target, address FROM audit_event WHERE id < ? ORDER BY id DESC LIMIT ?")) {
                select.setLong(1, beforeId);
                select.setInt(2, limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        events.add(new AuditEvent(rows.getLong("id"), Instant.ofEpochMilli(rows.getLong("at")),
                                rows.getString("actor"), AuditAction.valueOf(rows.getString("action")),
                                rows.getString("target"), rows.getString("address")));
                    }
                }
            }
            return events;
        });
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static String cut(String value) {
        return value == null || value.length() <= MAX_FIELD_LENGTH ? value : value.substring(0, MAX_FIELD_LENGTH);
    }
}

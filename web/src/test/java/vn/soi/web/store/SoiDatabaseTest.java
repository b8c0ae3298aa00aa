package vn.soi.web.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoiDatabaseTest {
    @TempDir
    Path folder;

    @Test
    void migrations_create_every_table_on_a_fresh_database() {
        SoiDatabase database = SoiDatabase.open(folder.resolve("new/soi.db"));
        List<String> tables = database.read("list tables", connection -> {
            List<String> names = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        });
        assertTrue(tables.containsAll(List.of("account", "audit_event", "review_decision", "flyway_schema_history")),
                tables.toString());
        // Every migration applied, in order; features add theirs (V10 saved searches, ...), so no fixed last version.
        assertEquals("1", database.read("schema version", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank LIMIT 1");
                    ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }));
        assertTrue(tables.contains("saved_search"), tables.toString());
    }

    @Test
    void reopening_a_migrated_database_keeps_its_rows() {
        Path file = folder.resolve("soi.db");
        SoiDatabase.open(file).write("insert", connection -> connection.createStatement().executeUpdate(
                "INSERT INTO review_decision (finding_key, status, note, decided_by, decided_at)"
                        + " VALUES ('k', 'open', '', 'a', 1)"));
        int rows = SoiDatabase.open(file).read("count", connection -> {
            try (ResultSet count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM review_decision")) {
                count.next();
                return count.getInt(1);
            }
        });
        assertEquals(1, rows);
    }

    @Test
    void database_is_durable_wal_and_readable_by_its_owner_only() throws Exception {
        Path file = folder.resolve("soi.db");
        SoiDatabase database = SoiDatabase.open(file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("wal", database.read("journal mode", connection -> {
            try (ResultSet row = connection.createStatement().executeQuery("PRAGMA journal_mode")) {
                row.next();
                return row.getString(1);
            }
        }));
        assertEquals(Integer.valueOf(2), database.<Integer>read("synchronous", connection -> {
            try (ResultSet row = connection.createStatement().executeQuery("PRAGMA synchronous")) {
                row.next();
                return row.getInt(1);
            }
        }), "synchronous=FULL is 2");
    }

    @Test
    void a_failing_write_is_rolled_back_and_names_the_operation() {
        SoiDatabase database = SoiDatabase.open(folder.resolve("soi.db"));
        StoreException e = assertThrows(StoreException.class, () -> database.write("two inserts", connection -> {
            connection.createStatement().executeUpdate("INSERT INTO audit_event (at, action) VALUES (1, 'SIGN_IN')");
            return connection.createStatement().executeUpdate("INSERT INTO no_such_table VALUES (1)");
        }));
        assertTrue(e.getMessage().contains("two inserts"), e.getMessage());
        assertTrue(e.getMessage().contains("soi.db"), e.getMessage());
        int rows = database.read("count", connection -> {
            try (ResultSet count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM audit_event")) {
                count.next();
                return count.getInt(1);
            }
        });
        assertEquals(0, rows);
    }

    @Test
    void decisions_and_audit_events_cannot_be_changed_or_deleted() {
        SoiDatabase database = SoiDatabase.open(folder.resolve("soi.db"));
        database.write("insert", connection -> connection.createStatement().executeUpdate(
                "INSERT INTO review_decision (finding_key, status, note, decided_by, decided_at)"
                        + " VALUES ('k', 'open', '', 'a', 1)"));
        database.write("insert", connection -> connection.createStatement().executeUpdate(
                "INSERT INTO audit_event (at, action) VALUES (1, 'SIGN_IN')"));
        StoreException update = assertThrows(StoreException.class, () -> database.write("rewrite history",
                connection -> connection.createStatement().executeUpdate("UPDATE review_decision SET status = 'dismissed'")));
        assertTrue(update.getMessage().contains("append-only"), update.getMessage());
        assertThrows(StoreException.class, () -> database.write("erase history",
                connection -> connection.createStatement().executeUpdate("DELETE FROM review_decision")));
        assertThrows(StoreException.class, () -> database.write("erase audit",
                connection -> connection.createStatement().executeUpdate("DELETE FROM audit_event")));
        assertThrows(StoreException.class, () -> database.write("rewrite audit",
                connection -> connection.createStatement().executeUpdate("UPDATE audit_event SET actor = 'x'")));
    }
}

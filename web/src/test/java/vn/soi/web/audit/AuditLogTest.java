package vn.soi.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.soi.web.store.SoiDatabase;

class AuditLogTest {
    @TempDir
    Path folder;

    @Test
    void events_are_listed_newest_first_in_pages_and_survive_a_reopen() {
        AuditLog audit = new AuditLog(SoiDatabase.open(folder.resolve("soi.db")), Clock.systemUTC());
        audit.record(null, AuditAction.SIGN_IN_FAILED, "lan", "10.0.0.1");
        audit.record("lan", AuditAction.SIGN_IN, null, "10.0.0.1");
        audit.record("lan", AuditAction.DOCUMENT_VIEWED, "bao-cao/2023/nguyen-van-a.docx", "10.0.0.1");

        AuditLog reopened = new AuditLog(SoiDatabase.open(folder.resolve("soi.db")), Clock.systemUTC());
        List<AuditEvent> first = reopened.recent(2, Long.MAX_VALUE);
        assertEquals(List.of(AuditAction.DOCUMENT_VIEWED, AuditAction.SIGN_IN),
                first.stream().map(AuditEvent::action).toList());
        assertEquals("bao-cao/2023/nguyen-van-a.docx", first.get(0).target());
        List<AuditEvent> older = reopened.recent(2, first.get(1).id());
        assertEquals(1, older.size());
        assertNull(older.get(0).actor());
        assertEquals("lan", older.get(0).target());
    }

    @Test
    void over_long_targets_are_cut() {
        AuditLog audit = new AuditLog(SoiDatabase.open(folder.resolve("soi.db")), Clock.systemUTC());
        AuditEvent event = audit.record("a", AuditAction.EXPORTED, "x".repeat(5_000), null);
        assertEquals(AuditLog.MAX_FIELD_LENGTH, event.target().length());
        assertEquals(AuditLog.MAX_FIELD_LENGTH, audit.recent(1, Long.MAX_VALUE).get(0).target().length());
    }
}

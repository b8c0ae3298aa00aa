package vn.soi.web.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.soi.web.audit.AuditAction;
import vn.soi.web.audit.AuditLog;

/** Many writers at once: none fails with SQLITE_BUSY, and they are served in the order they arrived. */
class SoiDatabaseWritersTest {
    @TempDir
    Path folder;

    @Test
    void fifty_threads_writing_audit_events_at_once_all_succeed() throws Exception {
        SoiDatabase database = SoiDatabase.open(folder.resolve("soi.db"));
        AuditLog audit = new AuditLog(database, Clock.systemUTC());
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 50; t++) {
                int thread = t;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        audit.record("nguoi-" + thread, AuditAction.DOCUMENT_VIEWED, "tài liệu " + i, "127.0.0.1");
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        int stored = database.read("count audit events", connection -> {
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM audit_event");
                 ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
        assertEquals(1_000, stored);
    }

    @Test
    void waiting_writers_are_served_in_the_order_they_arrived() throws Exception {
        SoiDatabase database = SoiDatabase.open(folder.resolve("soi.db"));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> served = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            Future<?> first = pool.submit(() -> database.write("hold the lock", connection -> {
                holding.countDown();
                await(release);
                return null;
            }));
            assertTrue(holding.await(30, TimeUnit.SECONDS));
            List<Future<?>> waiting = new ArrayList<>();
            for (int n = 1; n <= 5; n++) {
                int number = n;
                waiting.add(pool.submit(() -> database.write("writer " + number, connection -> {
                    served.add(number);
                    return null;
                })));
                Thread.sleep(100);
            }
            release.countDown();
            first.get(30, TimeUnit.SECONDS);
            for (Future<?> writer : waiting) {
                writer.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(1, 2, 3, 4, 5), served);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS), "the test never released the first writer");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while holding the write lock", e);
        }
    }
}

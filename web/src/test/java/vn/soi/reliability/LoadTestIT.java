package vn.soi.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.soi.analyzer.finding.Finding;
import vn.soi.web.WebServices;
import vn.soi.web.account.Role;

/**
 * Load: {@value #DEFAULT_USERS} signed-in users at once (each its own session cookie and CSRF token) against the real
 * application on loopback over the ingested demo corpus, searching (with and without diacritics, in a part field),
 * opening documents, the findings dashboard and cases, for {@code soi.load.seconds} seconds (default
 * {@value #DEFAULT_SECONDS}). Every answer must be 2xx or 3xx, with no exception and no timeout. Prints p50, p95 and
 * p99 latency per kind of route and the requests per second.
 *
 * <p>{@code mvn -B -o -pl web -am verify -Dit.test=LoadTestIT -Dsoi.load.seconds=60 -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false}
 */
class LoadTestIT {
    static final int DEFAULT_SECONDS = 10;
    static final int DEFAULT_USERS = 50;
    /** The longest one request may take before it counts as an error. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** The most requests a run records (bounds memory whatever the duration). */
    private static final int MAX_REQUESTS = 2_000_000;
    /** A fixed mix: with and without diacritics, a phrase, a part field, a facet-like field, a prefix. */
    private static final List<String> QUERIES = List.of("khuyết điểm", "khuyet diem", "\"tự phê bình\"",
            "shortcomings:\"nguyên nhân\"", "hạn chế nguyên nhân chủ quan", "xep loai hoan thanh",
            "chi bộ", "kiểm điểm AND trách nhiệm", "đảng viên", "tu phe binh");

    /** What a user does next. */
    private enum Kind { SEARCH_PAGE, SEARCH_API, DOCUMENT_PAGE, DOCUMENT_API, FINDINGS_PAGE, FINDINGS_API, CASE_PAGE }

    /** The fixed mix of actions, cycled by each user from a different starting point. */
    private static final List<Kind> MIX = List.of(Kind.SEARCH_PAGE, Kind.DOCUMENT_PAGE, Kind.SEARCH_API,
            Kind.DOCUMENT_PAGE, Kind.FINDINGS_PAGE, Kind.SEARCH_PAGE, Kind.DOCUMENT_API, Kind.CASE_PAGE,
            Kind.SEARCH_PAGE, Kind.FINDINGS_API);

    private final Map<Kind, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicLong requests = new AtomicLong();

    @Test
    void fifty_signed_in_users_search_and_read_with_no_error() throws Exception {
        int seconds = Integer.getInteger("soi.load.seconds", DEFAULT_SECONDS);
        int users = Integer.getInteger("soi.load.users", DEFAULT_USERS);
        assertTrue(seconds > 0 && seconds <= 3_600, "soi.load.seconds must be in 1..3600, got " + seconds);
        assertTrue(users > 0 && users <= DemoCorpusServer.USERS, "soi.load.users must be in 1.."
                + DemoCorpusServer.USERS + ", got " + users);
        WebServices services = DemoCorpusServer.services();
        List<String> documents = new ArrayList<>();
        services.index().forEach(document -> documents.add(document.id()));
        List<String> cases = DemoCorpusServer.findings().stream().map(Finding::key).toList();
        assertTrue(documents.size() >= 200, "a few hundred documents expected, got " + documents.size());
        assertTrue(!cases.isEmpty(), "the demo corpus gives findings");
        for (Kind kind : Kind.values()) {
            latencies.put(kind, new ConcurrentLinkedQueue<>());
        }

        Javalin server = DemoCorpusServer.start();
        HttpClient http = LoadClient.sharedHttp();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        long started;
        long ended;
        try {
            List<LoadClient> clients = new ArrayList<>();
            for (int n = 1; n <= users; n++) {
                clients.add(new LoadClient(http, DemoCorpusServer.origin(server), REQUEST_TIMEOUT)
                        .signIn(DemoCorpusServer.userName(n), DemoCorpusServer.PASSWORD));
            }
            started = System.nanoTime();
            long deadline = started + TimeUnit.SECONDS.toNanos(seconds);
            List<Future<?>> running = new ArrayList<>();
            for (int n = 1; n <= users; n++) {
                LoadClient client = clients.get(n - 1);
                Role role = DemoCorpusServer.roleOf(n);
                int user = n;
                running.add(pool.submit(() -> browse(client, role, user, documents, cases, deadline)));
            }
            for (Future<?> future : running) {
                future.get(seconds + REQUEST_TIMEOUT.toSeconds() + 30, TimeUnit.SECONDS);
            }
            ended = System.nanoTime();
        } finally {
            pool.shutdownNow();
            server.stop();
        }

        double elapsed = (ended - started) / 1e9;
        System.out.println(report(users, elapsed, documents.size()));
        assertEquals(List.of(), errors.stream().limit(20).toList(), errors.size() + " errors");
        for (Kind kind : Kind.values()) {
            assertTrue(!latencies.get(kind).isEmpty(), "no request of kind " + kind);
        }
    }

    private void browse(LoadClient client, Role role, int user, List<String> documents, List<String> cases,
            long deadline) {
        Random random = new Random(user);
        int step = user;
        while (System.nanoTime() < deadline && requests.get() < MAX_REQUESTS) {
            Kind kind = MIX.get(step++ % MIX.size());
            if (kind == Kind.CASE_PAGE && role == Role.RESEARCHER) {
                kind = Kind.FINDINGS_API;
            }
            String query = QUERIES.get(random.nextInt(QUERIES.size()));
            String path = switch (kind) {
                case SEARCH_PAGE -> "/search?q=" + encode(query) + (random.nextInt(4) == 0 ? "&page=2" : "");
                case SEARCH_API -> "/api/search?q=" + encode(query);
                case DOCUMENT_PAGE -> "/documents/" + encode(documents.get(random.nextInt(documents.size())));
                case DOCUMENT_API -> "/api/documents/" + encode(documents.get(random.nextInt(documents.size())));
                case FINDINGS_PAGE -> "/findings" + (random.nextBoolean() ? "" : "?severity=high");
                case FINDINGS_API -> "/api/findings?page=" + (1 + random.nextInt(3));
                case CASE_PAGE -> "/cases/" + encode(cases.get(random.nextInt(cases.size())));
            };
            requests.incrementAndGet();
            try {
                LoadClient.Reply reply = client.get(path);
                if (reply.status() < 200 || reply.status() >= 400) {
                    errors.add(kind + " " + path + " as " + role + ": " + reply.status() + " "
                            + reply.body().substring(0, Math.min(200, reply.body().length())));
                } else {
                    latencies.get(kind).add(reply.nanos());
                }
            } catch (IOException | RuntimeException e) {
                errors.add(kind + " " + path + " as " + role + ": " + e);
            }
        }
    }

    private String report(int users, double elapsed, int documentCount) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%nLoad: %d users, %.1f s, %d documents, %d requests, %.1f requests/s, %d errors%n",
                users, elapsed, documentCount, requests.get(), requests.get() / elapsed, errors.size()));
        out.append(String.format(Locale.ROOT, "%-14s %8s %9s %9s %9s %9s%n", "route", "count", "p50 ms", "p95 ms",
                "p99 ms", "max ms"));
        List<Long> all = new ArrayList<>();
        Map<Kind, List<Long>> sorted = new TreeMap<>();
        latencies.forEach((kind, times) -> {
            List<Long> list = new ArrayList<>(times);
            Collections.sort(list);
            sorted.put(kind, list);
            all.addAll(list);
        });
        Collections.sort(all);
        sorted.forEach((kind, list) -> out.append(row(kind.name().toLowerCase(Locale.ROOT), list)));
        out.append(row("all", all));
        return out.toString();
    }

    private static String row(String name, List<Long> sorted) {
        return String.format(Locale.ROOT, "%-14s %8d %9.1f %9.1f %9.1f %9.1f%n", name, sorted.size(),
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted.isEmpty() ? 0.0 : sorted.get(sorted.size() - 1) / 1e6);
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

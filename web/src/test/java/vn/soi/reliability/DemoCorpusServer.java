package vn.soi.reliability;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import vn.soi.analyzer.SignalCatalog;
import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.FindingsStore;
import vn.soi.analyzer.signal.Analysis;
import vn.soi.analyzer.signal.AnalysisContext;
import vn.soi.indexer.extract.ExtractionLimits;
import vn.soi.indexer.index.DocumentIndex;
import vn.soi.indexer.ingest.DataFolder;
import vn.soi.indexer.ingest.DocumentPipeline;
import vn.soi.indexer.ingest.IngestListener;
import vn.soi.indexer.ingest.IngestSummary;
import vn.soi.indexer.ingest.Ingester;
import vn.soi.indexer.ingest.OriginalStore;
import vn.soi.web.SoiWebApp;
import vn.soi.web.WebConfig;
import vn.soi.web.WebServices;
import vn.soi.web.account.PasswordHasher;
import vn.soi.web.account.Role;
import vn.soi.web.account.UserService;
import vn.soi.web.audit.AuditLog;
import vn.soi.web.pseudonym.Pseudonymizer;
import vn.soi.web.review.ReviewService;
import vn.soi.web.store.SoiDatabase;

/**
 * The demo corpus ({@code corpora/demo}, without OCR) ingested and analysed once per test JVM into a temporary data
 * folder, with {@value #USERS} accounts, served by the real application on a free loopback port. Tests skip (JUnit
 * assumption) when the repository root (system property {@code soi.root}) is not known.
 */
final class DemoCorpusServer {
    /** Accounts created: {@code nguoi-dung-01} … , roles in turn inspector, board, researcher, admin. */
    static final int USERS = 60;
    /** The password of every account. */
    static final String PASSWORD = "mật-khẩu-thử-tải-1";
    private static final List<Role> ROLES = List.of(Role.INSPECTOR, Role.BOARD, Role.RESEARCHER, Role.ADMIN);

    private static WebServices services;
    private static IngestSummary ingested;
    private static List<Finding> findings;

    private DemoCorpusServer() {
    }

    /** @return the services over the ingested demo corpus (ingesting it on first use) */
    static synchronized WebServices services() {
        if (services == null) {
            String root = System.getProperty("soi.root");
            Assumptions.assumeTrue(root != null && Files.isDirectory(Path.of(root, "corpora", "demo")),
                    "needs the demo corpus: system property soi.root (set by the parent pom) naming the repository");
            try {
                services = ingest(Path.of(root, "corpora", "demo"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return services;
    }

    /** @return what the ingest did */
    static synchronized IngestSummary ingestSummary() {
        services();
        return ingested;
    }

    /** @return the findings of the analysis */
    static synchronized List<Finding> findings() {
        services();
        return findings;
    }

    /** @return the name of account number {@code n} (from 1) */
    static String userName(int n) {
        return String.format("nguoi-dung-%02d", n);
    }

    /** @return the role of account number {@code n} (from 1) */
    static Role roleOf(int n) {
        return ROLES.get((n - 1) % ROLES.size());
    }

    /** @return a new application over the services, started on a free loopback port */
    static Javalin start() {
        return new SoiWebApp(services()).javalin().start("127.0.0.1", 0);
    }

    /** @return the origin of a started server */
    static URI origin(Javalin server) {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    private static WebServices ingest(Path corpus) throws IOException {
        Path dataDir = Files.createTempDirectory("soi-demo-load");
        WebConfig config = WebConfig.of(dataDir);
        SoiDatabase database = SoiDatabase.open(config.databaseFile());
        DataFolder data = new DataFolder(dataDir).create();
        Clock clock = Clock.systemUTC();
        // A low Argon2 cost: the load test measures the pages, not password hashing.
        WebServices opened = new WebServices(new UserService(database, new PasswordHasher(64, 1), clock),
                new AuditLog(database, clock), new ReviewService(database, clock),
                Pseudonymizer.fromKeyFile(config.secretKeyFile()), clock, data, DocumentIndex.open(data.index()),
                new FindingsStore(data.findings()), database);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(opened, dataDir)));
        try (DocumentPipeline pipeline = DocumentPipeline.standard(ExtractionLimits.defaults().withOcr(false))) {
            ingested = new Ingester(pipeline, opened.index(), new OriginalStore(data.originals()),
                    Math.max(1, Runtime.getRuntime().availableProcessors()), clock)
                    .ingest(List.of(corpus), IngestListener.NONE);
        }
        findings = new Analysis(SignalCatalog.all(), AnalysisContext.standard()).run(opened.index()::forEach);
        opened.findings().replace(findings);
        for (int n = 1; n <= USERS; n++) {
            opened.users().addUser(userName(n), roleOf(n), PASSWORD.toCharArray());
        }
        return opened;
    }

    private static void close(WebServices opened, Path dataDir) {
        try {
            opened.close();
            try (Stream<Path> paths = Files.walk(dataDir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        } catch (IOException e) {
            System.err.println("could not remove the load test's data folder " + dataDir + ": " + e);
        }
    }
}

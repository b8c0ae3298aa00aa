package vn.soi.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import vn.soi.analyzer.finding.FindingsStore;
import vn.soi.indexer.index.DocumentIndex;
import vn.soi.indexer.ingest.DataFolder;
import vn.soi.web.account.PasswordHasher;
import vn.soi.web.account.Role;
import vn.soi.web.account.UserService;
import vn.soi.web.audit.AuditLog;
import vn.soi.web.pseudonym.Pseudonymizer;
import vn.soi.web.review.ReviewService;
import vn.soi.web.store.SoiDatabase;

/** A web application over a fresh data folder, with one account per role (names below, password {@link #PASSWORD}). */
final class TestApp {
    static final String PASSWORD = "mật-khẩu-thử-nghiệm-1";

    final WebServices services;
    final SoiWebApp app;

    private TestApp(WebServices services) {
        this.services = services;
        this.app = new SoiWebApp(services);
    }

    /** @return a new app over the folder, with no account (passwords hashed at a low cost, for speed) */
    static TestApp empty(Path dataDir) {
        return empty(dataDir, Clock.systemUTC());
    }

    /** @return a new app over the folder, with no account, on the given clock */
    static TestApp empty(Path dataDir, Clock clock) {
        try {
            WebConfig config = WebConfig.of(dataDir);
            SoiDatabase database = SoiDatabase.open(config.databaseFile());
            DataFolder data = new DataFolder(dataDir).create();
            return new TestApp(new WebServices(new UserService(database, new PasswordHasher(64, 1), clock),
                    new AuditLog(database, clock), new ReviewService(database, clock),
                    Pseudonymizer.fromKeyFile(config.secretKeyFile()), clock, data, DocumentIndex.open(data.index()),
                    new FindingsStore(data.findings()), database));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a new app over the folder, with one account per role named {@link #nameOf} */
    static TestApp withAccounts(Path dataDir) {
        TestApp test = empty(dataDir);
        for (Role role : Role.values()) {
            test.services.users().addUser(nameOf(role), role, PASSWORD.toCharArray());
        }
        return test;
    }

    static String nameOf(Role role) {
        return "tk-" + role.code();
    }
}

package vn.soi.web;

import java.io.IOException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import vn.soi.analyzer.finding.FindingsStore;
import vn.soi.indexer.index.DocumentIndex;
import vn.soi.indexer.index.SearchService;
import vn.soi.indexer.ingest.DataFolder;
import vn.soi.indexer.nlp.segment.WordSegmenter;
import vn.soi.web.account.PasswordHasher;
import vn.soi.web.account.UserService;
import vn.soi.web.audit.AuditLog;
import vn.soi.web.pseudonym.Pseudonymizer;
import vn.soi.web.review.ReviewService;
import vn.soi.web.store.SoiDatabase;

/**
 * The services the web application is built from. The command line uses the same services (e.g.
 * {@code users().addUser(...)} for {@code soi users add}), never the HTTP layer.
 *
 * @param users accounts
 * @param audit the audit log
 * @param reviews review decisions
 * @param pseudonymizer pseudonyms for researchers
 * @param clock the clock used for sessions and sign-in throttling
 * @param data the data folder
 * @param index the document index (the server holds its only writer, so uploads go through it)
 * @param findings the findings of the last analysis
 * @param database the application's database (for stores added by features, e.g. saved searches)
 */
public record WebServices(UserService users, AuditLog audit, ReviewService reviews, Pseudonymizer pseudonymizer,
        Clock clock, DataFolder data, DocumentIndex index, FindingsStore findings,
        SoiDatabase database) implements AutoCloseable {
    /** Validates the fields. */
    public WebServices {
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(reviews, "reviews");
        Objects.requireNonNull(pseudonymizer, "pseudonymizer");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(database, "database");
    }

    /** A search service over the index. */
    public SearchService search() {
        return new SearchService(index);
    }

    /** Closes the index (the database connections close with the JVM). */
    @Override
    public void close() throws IOException {
        index.close();
    }

    /**
     * Opens the data folder: creates it when missing, opens and migrates {@code soi.db}, loads (or creates once)
     * {@code secret.key}, opens the document index. Creates no account.
     *
     * @param config where the data folder is
     * @return the services
     * @throws IOException when the key file cannot be read or created
     * @throws vn.soi.web.store.StoreException when the database cannot be opened or migrated
     */
    public static WebServices open(WebConfig config) throws IOException {
        return open(config, Optional.empty());
    }

    /**
     * As {@link #open(WebConfig)}, with multi-syllable words in the index's text fields when a segmenter is given.
     *
     * @param config where the data folder is
     * @param words VnCoreNLP's segmenter, when its model is configured
     * @return the services
     * @throws IOException when the key file cannot be read or created, or the index cannot be opened
     */
    public static WebServices open(WebConfig config, Optional<WordSegmenter> words) throws IOException {
        Objects.requireNonNull(config, "config");
        Clock clock = Clock.systemUTC();
        DataFolder data = new DataFolder(config.dataDir()).create();
        SoiDatabase database = SoiDatabase.open(config.databaseFile());
        return new WebServices(new UserService(database, new PasswordHasher(), clock), new AuditLog(database, clock),
                new ReviewService(database, clock), Pseudonymizer.fromKeyFile(config.secretKeyFile()), clock, data,
                DocumentIndex.open(data.index(), words), new FindingsStore(data.findings()), database);
    }
}

package vn.soi.web.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The application's SQLite database: opened (and migrated to the current schema) once, then used through
 * {@link #read} and {@link #write}. Each call takes its own connection, so the object is safe to share between
 * threads. Writers of this process wait on one lock, queued, before they begin their transaction, so none fails under
 * load: SQLite's own busy handler retries by sleeping and gives up after the busy timeout (with 50 users opening
 * documents, each view an audit write, some writers got {@code SQLITE_BUSY} after waiting 10 s). The busy timeout
 * still covers writers of other processes (the command line).
 *
 * <p>Durability: the write-ahead log with {@code synchronous=FULL} makes a committed transaction survive a crash or a
 * power loss once {@link #write} has returned. Write transactions start {@code IMMEDIATE}, so two writers never
 * deadlock on a lock upgrade.
 */
public final class SoiDatabase {
    /** How long a writer waits for another writer's lock before failing, in milliseconds. */
    public static final int BUSY_TIMEOUT_MILLIS = 10_000;
    private static final String MIGRATIONS = "classpath:vn/soi/web/store/migration";

    private final Path file;
    private final SQLiteDataSource dataSource;
    private final ReentrantLock writers = new ReentrantLock();

    private SoiDatabase(Path file, SQLiteDataSource dataSource) {
        this.file = file;
        this.dataSource = dataSource;
    }

    /**
     * Opens the database file, creating it (readable by its owner only) and its folder when missing, and applies every
     * pending migration.
     *
     * @param file the database file, e.g. {@code DATA/soi.db}
     * @return the open database
     * @throws StoreException when the file cannot be created or a migration fails
     */
    public static SoiDatabase open(Path file) {
        Objects.requireNonNull(file, "file");
        Path absolute = file.toAbsolutePath();
        createOwnerOnly(absolute);
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + absolute);
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations(MIGRATIONS)
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException(absolute, "migrate schema", e);
        }
        return new SoiDatabase(absolute, dataSource);
    }

    private static void createOwnerOnly(Path file) {
        try {
            Files.createDirectories(file.getParent());
            if (Files.notExists(file)) {
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } else {
                    Files.createFile(file);
                }
            }
        } catch (IOException e) {
            throw new StoreException(file, "create database file", e);
        }
    }

    /** @return the absolute path of the database file */
    public Path file() {
        return file;
    }

    /**
     * Runs read-only work outside an explicit transaction.
     *
     * @param operation what is being read, for error messages
     * @param work the work
     * @param <T> the result type
     * @return the work's result
     * @throws StoreException when the work fails
     */
    public <T> T read(String operation, SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException(file, operation, e);
        }
    }

    /**
     * Runs work in one transaction, committed (durably) when the work returns and rolled back when it throws.
     *
     * @param operation what is being written, for error messages
     * @param work the work
     * @param <T> the result type
     * @return the work's result, once committed
     * @throws StoreException when the work or the commit fails
     */
    public <T> T write(String operation, SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            writers.lock();
            try {
                connection.setAutoCommit(false);
                try {
                    T result = work.run(connection);
                    connection.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                }
            } finally {
                writers.unlock();
            }
        } catch (SQLException e) {
            throw new StoreException(file, operation, e);
        }
    }
}

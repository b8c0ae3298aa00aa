package vn.soi.web;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the web application keeps its data and where it listens. The data folder holds {@code soi.db} (accounts, audit
 * log, review decisions) and {@code secret.key} (the pseudonym key), beside the index and originals.
 *
 * @param dataDir the data folder
 * @param host the address to bind; {@value #DEFAULT_HOST} unless the operator says otherwise
 * @param port the TCP port, {@value #DEFAULT_PORT} by default (0 picks a free port)
 */
public record WebConfig(Path dataDir, String host, int port) {
    /** Bind to the loopback interface only, unless told otherwise. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** The default port. */
    public static final int DEFAULT_PORT = 7070;

    /** Validates the fields. */
    public WebConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank, got '" + host + "'");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be in 0..65535, got " + port);
        }
    }

    /**
     * @param dataDir the data folder
     * @return a configuration with the default host and port
     */
    public static WebConfig of(Path dataDir) {
        return new WebConfig(dataDir, DEFAULT_HOST, DEFAULT_PORT);
    }

    /** @return {@code DIR/soi.db} */
    public Path databaseFile() {
        return dataDir.resolve("soi.db");
    }

    /** @return {@code DIR/secret.key} */
    public Path secretKeyFile() {
        return dataDir.resolve("secret.key");
    }
}

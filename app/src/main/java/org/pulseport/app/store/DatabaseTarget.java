package org.pulseport.app.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Which database to open: the embedded H2 file in the data directory (the default) or a server database
 * given by JDBC URL (a clinic's shared PostgreSQL).
 */
public record DatabaseTarget(String jdbcUrl, String user, String password, Optional<Path> embeddedFile) {

    /** File name stem of the embedded database; H2 adds {@code .mv.db}. */
    public static final String EMBEDDED_NAME = "pulseport";

    /**
     * H2 reports errors to us and must not write its own trace files into the data directory; a writer waits up
     * to 10 s for a row another transaction holds instead of H2's default 1 s; we close the database ourselves.
     */
    private static final String H2_OPTIONS = ";TRACE_LEVEL_FILE=0;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE";

    public DatabaseTarget {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(embeddedFile, "embeddedFile");
    }

    /** The embedded H2 database inside the data directory. */
    public static DatabaseTarget embedded(Path dataDirectory) {
        Path stem = dataDirectory.toAbsolutePath().resolve(EMBEDDED_NAME);
        return new DatabaseTarget("jdbc:h2:file:" + stem + H2_OPTIONS, "sa", "",
                Optional.of(dataDirectory.toAbsolutePath().resolve(EMBEDDED_NAME + ".mv.db")));
    }

    /** A server database (PostgreSQL) by URL and credentials. */
    public static DatabaseTarget server(String jdbcUrl, String user, String password) {
        return new DatabaseTarget(jdbcUrl, user, password, Optional.empty());
    }

    /** True when this is an embedded database whose file already exists. */
    public boolean existingEmbeddedFile() {
        return embeddedFile.map(Files::exists).orElse(false);
    }

    /** The same database opened read-only (for checks that must not change anything). */
    String readOnlyUrl() {
        return jdbcUrl + ";ACCESS_MODE_DATA=r";
    }

    /** How to name this database in messages: the file path, or the URL without credentials. */
    public String describe() {
        return embeddedFile.map(Path::toString).orElseGet(() -> jdbcUrl.replaceAll("(?i)password=[^&;]*", "password=***"));
    }
}

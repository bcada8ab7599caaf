package org.pulseport.app.testing;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import org.pulseport.app.engine.ConnectionSecret;
import org.pulseport.app.engine.ConnectionVault;
import org.pulseport.app.store.ConnectionRepository;
import org.pulseport.app.store.Database;
import org.pulseport.app.store.DatabaseTarget;
import org.pulseport.app.store.secret.KeyFile;
import org.pulseport.app.store.secret.SealingKeys;
import org.pulseport.app.store.secret.SecretCipher;

/** Looks into a data directory no session holds: the decrypted sign-in of a source, and plain SQL. */
public final class StoredSecrets {

    private StoredSecrets() {
    }

    public static Optional<ConnectionSecret> read(Path dataDirectory, long sourceId) {
        try (Database database = Database.openEmbedded(dataDirectory, step -> { })) {
            return new ConnectionVault(new ConnectionRepository(database.sessions()),
                    new SecretCipher(SealingKeys.of(KeyFile.in(dataDirectory)), new SecureRandom()), Clock.systemUTC()).read(sourceId);
        }
    }

    /** The first column of the first row of a query, as text; empty when there is no row. */
    public static Optional<String> query(Path dataDirectory, String sql) {
        try (Connection c = connect(dataDirectory); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static int update(Path dataDirectory, String sql) {
        try (Connection c = connect(dataDirectory); Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static Connection connect(Path dataDirectory) throws SQLException {
        DatabaseTarget target = DatabaseTarget.embedded(dataDirectory);
        return DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password());
    }
}

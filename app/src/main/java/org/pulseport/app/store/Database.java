package org.pulseport.app.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.ValidateResult;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open store: a pooled data source, the migrated schema (Flyway creates it, Hibernate only validates it)
 * and the SQL dialect. Opening checks first, read-only, that the file is readable and not from a newer
 * Pulseport, so a refused database is left exactly as it was.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final String MIGRATIONS = "classpath:db/migration";
    private static final int MAX_CONNECTIONS = 24;

    /** Entities with a lifecycle; bulk tables (samples, daily stats) are plain JDBC. */
    static final List<Class<?>> ENTITIES = List.of(ProfileEntity.class, SourceEntity.class, DeviceEntity.class,
            ConnectionEntity.class, WebhookEndpointEntity.class, NotificationChannelEntity.class,
            NotificationRuleEntity.class, WorkoutEntity.class, ScheduledWorkoutEntity.class);

    private final DatabaseTarget target;
    private final HikariDataSource pool;
    private final SqlDialect dialect;
    private final SessionFactory sessions;

    private Database(DatabaseTarget target, HikariDataSource pool, SqlDialect dialect, SessionFactory sessions) {
        this.target = target;
        this.pool = pool;
        this.dialect = dialect;
        this.sessions = sessions;
    }

    /** Opens the embedded database in the data directory. */
    public static Database openEmbedded(Path dataDirectory, Consumer<String> progress) {
        return open(DatabaseTarget.embedded(dataDirectory), progress);
    }

    /**
     * Opens, checks, migrates and validates the database, reporting each step to {@code progress}.
     *
     * @throws StoreException when the database cannot be used; nothing was changed in that case
     */
    public static Database open(DatabaseTarget target, Consumer<String> progress) {
        if (target.existingEmbeddedFile()) {
            progress.accept("Checking the database");
            checkReadOnly(target);
        }
        progress.accept("Opening the database");
        HikariDataSource pool;
        try {
            pool = pool(target);
        } catch (RuntimeException e) {
            SQLException sql = findSqlException(e);
            throw sql != null ? classify(target, sql)
                    : new StoreException(new StoreProblem.CannotOpen(target.describe(), e.getMessage()), e);
        }
        try {
            SqlDialect dialect;
            try (Connection c = pool.getConnection()) {
                dialect = SqlDialect.of(c);
            }
            progress.accept("Updating the database schema");
            MigrateResult migrated = flyway(pool, dialect).migrate();
            if (migrated.migrationsExecuted > 0) {
                LOG.info("Migrated {} to schema version {} ({} migrations)", target.describe(),
                        migrated.targetSchemaVersion, migrated.migrationsExecuted);
            }
            progress.accept("Validating the data model");
            SessionFactory sessions = hibernate(pool);
            return new Database(target, pool, dialect, sessions);
        } catch (SQLException e) {
            pool.close();
            throw classify(target, e);
        } catch (RuntimeException e) {
            pool.close();
            SQLException sql = findSqlException(e);
            if (sql != null) {
                throw classify(target, sql);
            }
            throw new StoreException(new StoreProblem.CannotOpen(target.describe(), e.getMessage()), e);
        }
    }

    /**
     * Checks an existing embedded database without changing it: it opens, it is a Pulseport database not written by
     * a newer version, and the migrations it has applied match this version's (Flyway validate; migrations it has
     * not applied yet are fine, they run when it is opened).
     *
     * @throws StoreException when it cannot be used
     */
    public static void validate(DatabaseTarget target) {
        checkReadOnly(target);
        try (Connection c = DriverManager.getConnection(target.readOnlyUrl(), target.user(), target.password())) {
            Flyway flyway = Flyway.configure().configuration(flyway(new SingleConnectionDataSource(c), SqlDialect.of(c))
                    .getConfiguration()).ignoreMigrationPatterns("*:pending").load();
            if (flyway.info().current() == null) {
                throw new StoreException(new StoreProblem.CannotOpen(target.describe(), "it holds no Pulseport schema"));
            }
            ValidateResult validated = flyway.validateWithResult();
            if (!validated.validationSuccessful) {
                throw new StoreException(new StoreProblem.CannotOpen(target.describe(),
                        "its schema does not match this Pulseport's migrations (" + validated.getAllErrorMessages() + ")"));
            }
        } catch (SQLException e) {
            throw classify(target, e);
        }
    }

    private static void checkReadOnly(DatabaseTarget target) {
        Path file = target.embeddedFile().orElseThrow();
        try (Connection c = DriverManager.getConnection(target.readOnlyUrl(), target.user(), target.password())) {
            Flyway readOnly = flyway(new SingleConnectionDataSource(c), SqlDialect.of(c));
            MigrationInfo current = readOnly.info().current();
            if (current != null && current.getState() == MigrationState.FUTURE_SUCCESS) {
                MigrationInfo[] known = readOnly.info().all();
                String supported = "0";
                for (MigrationInfo info : known) {
                    if (info.getState() != MigrationState.FUTURE_SUCCESS && info.getVersion() != null) {
                        supported = info.getVersion().getVersion();
                    }
                }
                throw new StoreException(new StoreProblem.NewerSchema(file, current.getVersion().getVersion(), supported));
            }
        } catch (SQLException e) {
            throw classify(target, e);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            SQLException sql = findSqlException(e);
            throw sql != null ? classify(target, sql)
                    : new StoreException(new StoreProblem.CannotOpen(target.describe(), e.getMessage()), e);
        }
    }

    private static HikariDataSource pool(DatabaseTarget target) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(target.jdbcUrl());
        config.setUsername(target.user());
        config.setPassword(target.password());
        config.setMaximumPoolSize(MAX_CONNECTIONS);
        config.setMinimumIdle(1);
        config.setPoolName("pulseport-db");
        config.setAutoCommit(true);
        return new HikariDataSource(config);
    }

    private static Flyway flyway(DataSource dataSource, SqlDialect dialect) {
        return Flyway.configure().dataSource(dataSource).locations(MIGRATIONS)
                .placeholders(Map.of("binary_type", dialect.binaryType())).load();
    }

    private static SessionFactory hibernate(DataSource dataSource) {
        Configuration configuration = new Configuration();
        ENTITIES.forEach(configuration::addAnnotatedClass);
        configuration.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
        configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, "validate");
        configuration.setProperty(AvailableSettings.SHOW_SQL, "false");
        return configuration.buildSessionFactory();
    }

    private static SQLException findSqlException(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /** Maps H2's error codes to problems a person can act on. */
    static StoreException classify(DatabaseTarget target, SQLException e) {
        Path file = target.embeddedFile().orElse(null);
        int code = e.getErrorCode();
        String message = String.valueOf(e.getMessage());
        StoreProblem problem;
        if (file != null && code == 90020) {
            problem = new StoreProblem.DatabaseInUse(file);
        } else if (file != null && (code == 90030 || code == 90048 || code == 90066 || code == 50000
                || message.contains("corrupt") || message.contains("MVStore"))) {
            problem = new StoreProblem.CorruptDatabase(file, firstLine(message));
        } else {
            problem = new StoreProblem.CannotOpen(target.describe(), firstLine(message));
        }
        return new StoreException(problem, e);
    }

    private static String firstLine(String message) {
        int cut = message.indexOf('\n');
        String line = cut < 0 ? message : message.substring(0, cut);
        int bracket = line.indexOf(" [");
        return bracket > 0 ? line.substring(0, bracket) : line;
    }

    public DataSource dataSource() {
        return pool;
    }

    public SqlDialect dialect() {
        return dialect;
    }

    public SessionFactory sessions() {
        return sessions;
    }

    public DatabaseTarget target() {
        return target;
    }

    /** Closes the pool; H2 closes an embedded database when its last connection closes. */
    @Override
    public void close() {
        sessions.close();
        pool.close();
    }
}

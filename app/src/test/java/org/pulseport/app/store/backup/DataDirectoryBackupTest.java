package org.pulseport.app.store.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.store.Database;
import org.pulseport.app.store.IngestResult;
import org.pulseport.app.store.SampleWriter;
import org.pulseport.app.store.secret.KeyFile;
import org.pulseport.app.store.secret.SealingKeys;
import org.pulseport.app.store.secret.SecretCipher;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Sample;

class DataDirectoryBackupTest {

    private static final Instant T0 = Instant.parse("2020-01-01T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2100-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final long SYNCED_PROFILE = 1;
    private static final long UNCOMMITTED_PROFILE = 2;

    @TempDir
    Path source;
    @TempDir
    Path target;
    @TempDir
    Path backups;

    private Database database;

    @BeforeEach
    void open() {
        database = Database.openEmbedded(source, step -> { });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aBackupTakenWhileASyncWritesRestoresToAValidDatabaseWithOnlyWholeBatches() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        SampleWriter writer = new SampleWriter(database.dataSource(), database.dialect(), CLOCK);
        CompletableFuture<IngestResult> sync = CompletableFuture.supplyAsync(() -> writer.write(endless(stop), batch -> { }));
        await().atMost(Duration.ofSeconds(60)).until(() -> count(database.dataSource(), SYNCED_PROFILE) >= 2 * SampleWriter.BATCH_SIZE);

        BackupResult backup;
        try (Connection open = database.dataSource().getConnection()) {
            open.setAutoCommit(false);
            insertWithoutCommit(open, SampleWriter.BATCH_SIZE / 2);
            backup = new DataDirectoryBackup(database.dataSource(), source, CLOCK).writeTo(backups.resolve("during-sync.zip"));
            open.rollback();
        } finally {
            stop.set(true);
        }
        long written = sync.join().inserted();

        RestoreResult restored = new DataDirectoryRestore(target).restore(backup.file());
        assertThat(restored.previousDatabase()).isEmpty();
        Database.validate(org.pulseport.app.store.DatabaseTarget.embedded(target));
        try (Database reopened = Database.openEmbedded(target, step -> { })) {
            long synced = count(reopened.dataSource(), SYNCED_PROFILE);
            assertThat(synced).isGreaterThanOrEqualTo(2L * SampleWriter.BATCH_SIZE).isLessThanOrEqualTo(written);
            assertThat(synced % SampleWriter.BATCH_SIZE).as("rows of a partly written batch").isZero();
            assertThat(count(reopened.dataSource(), UNCOMMITTED_PROFILE)).as("uncommitted rows").isZero();
        }
    }

    @Test
    void theBackupHoldsTheKeysSoSealedSecretsOpenAfterARestore() throws Exception {
        SecretCipher sealer = new SecretCipher(SealingKeys.of(KeyFile.in(source)), new java.security.SecureRandom());
        String sealed = sealer.seal("refresh-token".getBytes(java.nio.charset.StandardCharsets.UTF_8), 7);
        BackupResult backup = new DataDirectoryBackup(database.dataSource(), source, CLOCK).writeTo(backups.resolve("keys.zip"));

        new DataDirectoryRestore(target).restore(backup.file());

        SecretCipher opener = new SecretCipher(SealingKeys.of(KeyFile.in(target)), new java.security.SecureRandom());
        assertThat(new String(opener.open(sealed, opener.keyId(), 7), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("refresh-token");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target.resolve("keys/connections.key"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup.file()))).isEqualTo("rw-------");
    }

    @Test
    void aRestoreKeepsThePreviousDatabaseAndKeys() throws Exception {
        KeyFile.in(source).key();
        BackupResult backup = new DataDirectoryBackup(database.dataSource(), source, CLOCK).writeTo(backups.resolve("b.zip"));
        try (Database previous = Database.openEmbedded(target, step -> { })) {
            insertCommitted(previous.dataSource(), 3);
        }
        KeyFile.in(target).key();

        RestoreResult restored = new DataDirectoryRestore(target).restore(backup.file());

        assertThat(restored.previousDatabase()).contains(target.resolve("pulseport.mv.db.before-restore"));
        assertThat(target.resolve("keys.before-restore/connections.key")).exists();
        try (Database reopened = Database.openEmbedded(target, step -> { })) {
            assertThat(count(reopened.dataSource(), UNCOMMITTED_PROFILE)).isZero();
        }
        Files.move(target.resolve("pulseport.mv.db.before-restore"), backups.resolve("pulseport.mv.db"));
        try (Database previous = Database.openEmbedded(backups, step -> { })) {
            assertThat(count(previous.dataSource(), UNCOMMITTED_PROFILE)).isEqualTo(3);
        }
    }

    @Test
    void aFileThatIsNoBackupIsRefusedAndNothingChanges() throws Exception {
        Files.writeString(target.resolve("pulseport.mv.db"), "the current database");
        Path notABackup = Files.writeString(backups.resolve("notes.zip"), "not a zip");

        assertThatThrownBy(() -> new DataDirectoryRestore(target).restore(notABackup))
                .isInstanceOf(BackupException.class).hasMessageContaining("is not a Pulseport backup")
                .hasMessageContaining("Nothing was changed");

        assertThat(Files.readString(target.resolve("pulseport.mv.db"))).isEqualTo("the current database");
        try (var left = Files.list(target)) {
            assertThat(left).containsExactly(target.resolve("pulseport.mv.db"));
        }
    }

    @Test
    void aBackupIsNotWrittenIntoTheDataDirectoryItself() {
        DataDirectoryBackup backup = new DataDirectoryBackup(database.dataSource(), source, CLOCK);
        assertThatThrownBy(() -> backup.writeTo(source.resolve("inside.zip")))
                .isInstanceOf(BackupException.class).hasMessageContaining("outside the data directory");
    }

    /** Samples of one series one minute apart until {@code stop}, then up to the end of the current batch. */
    private static Iterator<Sample> endless(AtomicBoolean stop) {
        return new Iterator<>() {
            private long next;

            @Override
            public boolean hasNext() {
                return !stop.get() || next % SampleWriter.BATCH_SIZE != 0;
            }

            @Override
            public Sample next() {
                return Sample.of(SYNCED_PROFILE, 1, MetricType.HEART_RATE, T0.plus(Duration.ofMinutes(next++)),
                        ZoneOffset.UTC, 60 + next % 40);
            }
        };
    }

    private static void insertWithoutCommit(Connection c, int rows) throws Exception {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO samples (profile_id, source_id, metric_type,"
                + " recorded_at, utc_offset_seconds, reading) VALUES (?, 1, 'heart_rate', ?, 0, 70)")) {
            for (int i = 0; i < rows; i++) {
                insert.setLong(1, UNCOMMITTED_PROFILE);
                insert.setObject(2, OffsetDateTime.ofInstant(T0.plus(Duration.ofMinutes(i)), ZoneOffset.UTC));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertCommitted(DataSource dataSource, int rows) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            insertWithoutCommit(c, rows);
        }
    }

    private static long count(DataSource dataSource, long profileId) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM samples WHERE profile_id = ?")) {
            q.setLong(1, profileId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}

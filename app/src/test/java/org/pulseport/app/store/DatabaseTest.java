package org.pulseport.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void createsTheSchemaWithFlywayAndValidatesItWithHibernate() throws Exception {
        List<String> steps = new ArrayList<>();
        try (Database db = Database.openEmbedded(dir, steps::add)) {
            assertThat(db.dialect()).isEqualTo(SqlDialect.H2);
            assertThat(steps).containsExactly("Opening the database", "Updating the database schema", "Validating the data model");
            try (Connection c = db.dataSource().getConnection(); var rs = c.createStatement()
                    .executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'PUBLIC'")) {
                rs.next();
                assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(9);
            }
            new ProfileRepository(db.sessions()).create("Ann", ZoneId.of("Europe/Vienna"), Instant.now());
        }
        assertThat(dir.resolve("pulseport.mv.db")).exists();
        try (Database db = Database.openEmbedded(dir, s -> { })) {
            assertThat(new ProfileRepository(db.sessions()).findAll()).extracting("name").containsExactly("Ann");
        }
    }

    @Test
    void refusesADatabaseFromANewerPulseportAndLeavesItUnchanged() throws Exception {
        try (Database db = Database.openEmbedded(dir, s -> { }); Connection c = db.dataSource().getConnection()) {
            c.createStatement().execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\","
                    + " \"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'sa', 1, TRUE)");
        }
        String before = digest(dir);
        assertThatThrownBy(() -> Database.openEmbedded(dir, s -> { }))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.problem()).isInstanceOf(StoreProblem.NewerSchema.class);
                    assertThat(e.getMessage()).contains("newer Pulseport", "schema version 99", "Nothing was changed");
                });
        assertThat(digest(dir)).isEqualTo(before);
    }

    @Test
    void refusesACorruptDatabaseFileAndLeavesItUnchanged() throws Exception {
        try (Database db = Database.openEmbedded(dir, s -> { })) {
            new ProfileRepository(db.sessions()).create("Ann", ZoneId.of("UTC"), Instant.now());
        }
        Path file = dir.resolve("pulseport.mv.db");
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 0; i < bytes.length; i += 7) {
            bytes[i] = (byte) (bytes[i] ^ 0x5A);
        }
        Files.write(file, bytes);
        String before = digest(dir);
        assertThatThrownBy(() -> Database.openEmbedded(dir, s -> { }))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.problem()).isInstanceOf(StoreProblem.CorruptDatabase.class);
                    assertThat(e.getMessage()).contains("damaged", "Restore a backup");
                });
        assertThat(digest(dir)).isEqualTo(before);
    }

    @Test
    void aSecondInstanceOnTheSameDataDirectoryIsRefused() {
        try (InstanceLock first = InstanceLock.acquire(dir)) {
            assertThat(first).isNotNull();
            assertThatThrownBy(() -> InstanceLock.acquire(dir))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.problem()).isInstanceOf(StoreProblem.AlreadyRunning.class);
                        assertThat(e.getMessage()).contains("already running", dir.toString());
                    });
        }
        InstanceLock.acquire(dir).close();
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedIsReportedClearly() throws Exception {
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file where a directory must go");
        Path target = blocker.resolve("pulseport");
        assertThatThrownBy(() -> DataDirectory.prepare(target))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.problem()).isInstanceOf(StoreProblem.DataDirectoryNotWritable.class);
                    assertThat(e.getMessage()).contains(target.toString(), "cannot create it", "--data-dir");
                });
        assertThat(Files.readString(blocker)).isEqualTo("a file where a directory must go");
    }

    @Test
    void aFileInPlaceOfTheDataDirectoryIsReported() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        assertThatThrownBy(() -> DataDirectory.prepare(file)).hasMessageContaining("it is a file");
    }

    private static String digest(Path directory) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> files = Files.list(directory)) {
            for (Path p : files.sorted().toList()) {
                md.update(p.getFileName().toString().getBytes());
                md.update(Files.readAllBytes(p));
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}

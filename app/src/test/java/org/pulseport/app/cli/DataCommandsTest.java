package org.pulseport.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.AppSession;
import org.pulseport.app.FitCorpus;
import org.pulseport.app.store.Database;
import org.pulseport.devices.fit.ActivityImport;
import org.pulseport.devices.fit.FitActivityMapper;
import org.pulseport.devices.fit.FitDecoder;
import picocli.CommandLine;

/** backup, restore, export and profiles delete through the command line, on a real data directory. */
class DataCommandsTest {

    @TempDir
    Path dir;
    @TempDir
    Path files;

    private StringWriter out;
    private StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine commandLine = PulseportCommand.commandLine(new PulseportCommand(options -> 0, SessionOpener.standard()));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.toString()));
        all.addAll(List.of(args));
        return commandLine.execute(all.toArray(String[]::new));
    }

    @Test
    void aRestoredBackupBringsBackTheDataAsItWasAndKeepsThePreviousDatabase() {
        Path backup = files.resolve("backup.zip");
        assertThat(run("profiles", "create", "Ann")).isZero();
        assertThat(run("backup", backup.toString())).isZero();
        assertThat(out.toString()).contains("Backup written to " + backup, "keep it somewhere safe");
        assertThat(run("profiles", "create", "Bob")).isZero();

        assertThat(run("restore", backup.toString())).isZero();

        assertThat(out.toString()).contains("Restored the backup taken", "pulseport.mv.db.before-restore");
        assertThat(run("profiles", "list")).isZero();
        assertThat(out.toString()).contains("Ann").doesNotContain("Bob");
    }

    @Test
    void restoreIsRefusedWhilePulseportRunsOnTheDataDirectoryAndForFilesThatAreNoBackup() throws Exception {
        Path backup = files.resolve("backup.zip");
        run("backup", backup.toString());
        try (AppSession running = AppSession.open(dir, false, step -> { })) {
            assertThat(run("restore", backup.toString())).isEqualTo(1);
            assertThat(err.toString()).contains("Pulseport is already running with the data directory " + dir);
        }
        Path notes = Files.writeString(files.resolve("notes.txt"), "hello");
        assertThat(run("restore", notes.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("pulseport: ").contains("is not a Pulseport backup", "Nothing was changed");
    }

    @Test
    void aRestoreChosenInSettingsIsAppliedAtTheNextStart() throws Exception {
        Path backup = files.resolve("backup.zip");
        try (AppSession session = AppSession.open(dir, false, step -> { })) {
            session.context().profiles().create("Ann", java.time.ZoneOffset.UTC);
            session.context().data().backups().backup(backup);
            session.context().profiles().create("Bob", java.time.ZoneOffset.UTC);
            session.context().data().backups().restoreAtNextStart(backup);
        }
        try (AppSession next = AppSession.open(dir, false, step -> { })) {
            assertThat(next.context().profiles().list()).extracting(p -> p.name()).containsExactly("Ann");
        }
        assertThat(dir.resolve("restore-pending.zip")).doesNotExist();
    }

    @Test
    void exportWritesReadingsAndDailyStatisticsAsCsvAndActivitiesAsFit() throws Exception {
        assertThat(run("--demo", "import", FitCorpus.file("garmin-edge-820-bike.fit").toString(), "--profile", "Demo")).isZero();
        Path export = files.resolve("demo-export");

        assertThat(run("export", "--profile", "Demo", export.toString())).isZero();

        assertThat(out.toString()).contains("Exported Demo to " + export);
        List<String> readings = Files.readAllLines(export.resolve("readings.csv"));
        assertThat(readings.get(0)).isEqualTo("recorded_at_utc,utc_offset,metric,value,unit,trend,quality,provider_day,source");
        assertThat(readings).hasSizeGreaterThan(1000);
        assertThat(readings).anySatisfy(line -> assertThat(line).contains(",glucose,").contains(",mg/dL,"));
        assertThat(Files.readAllLines(export.resolve("daily-statistics.csv")).get(0)).startsWith("day,metric,unit,average");
        try (var fits = Files.list(export.resolve("activities"))) {
            Path fit = fits.findFirst().orElseThrow();
            ActivityImport reread = new FitActivityMapper(FitDecoder.standard()).read(Files.newInputStream(fit));
            assertThat(reread).isInstanceOf(ActivityImport.Imported.class);
            assertThat(((ActivityImport.Imported) reread).activity().records().size()).isPositive();
        }
    }

    @Test
    void deletingAProfileRemovesItsRowsFromEveryTableWithAProfileIdAndNothingElse() throws Exception {
        assertThat(run("--demo", "import", FitCorpus.file("garmin-edge-820-bike.fit").toString(), "--profile", "Demo")).isZero();
        assertThat(run("profiles", "create", "Ann")).isZero();
        long demo;
        try (AppSession session = AppSession.open(dir, false, step -> { })) {
            demo = session.context().profiles().find("Demo").orElseThrow().id();
        }
        assertThat(rowsOf(demo)).containsKeys("SAMPLES", "DAILY_STATS", "SOURCES", "ACTIVITIES");

        assertThat(run("profiles", "delete", "Demo")).isEqualTo(1);
        assertThat(err.toString()).contains("Add --yes to confirm");
        assertThat(run("profiles", "delete", "Demo", "--yes")).isZero();

        assertThat(out.toString()).containsPattern("Deleted profile Demo with [\\d,]+ readings.");
        assertThat(rowsOf(demo)).isEmpty();
        assertThat(run("profiles", "list")).isZero();
        assertThat(out.toString().lines()).anySatisfy(line -> assertThat(line).startsWith("Ann\t"))
                .anySatisfy(line -> assertThat(line).startsWith("Demo patient\t"))
                .noneSatisfy(line -> assertThat(line).startsWith("Demo\t"));
    }

    /** Per table with a PROFILE_ID column, how many rows belong to the profile (tables with none are left out). */
    private java.util.Map<String, Long> rowsOf(long profileId) throws Exception {
        java.util.Map<String, Long> rows = new java.util.TreeMap<>();
        try (Database database = Database.openEmbedded(dir, step -> { }); Connection c = database.dataSource().getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND COLUMN_NAME = 'PROFILE_ID'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).hasSizeGreaterThan(20);
            for (String table : tables) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table + " WHERE profile_id = " + profileId)) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        rows.put(table, rs.getLong(1));
                    }
                }
            }
        }
        return rows;
    }
}

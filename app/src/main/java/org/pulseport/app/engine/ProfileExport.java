package org.pulseport.app.engine;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.pulseport.app.store.DailyStatsRepository;
import org.pulseport.app.store.ProfileDataStore;
import org.pulseport.core.activity.Activity;
import org.pulseport.core.model.Profile;
import org.pulseport.devices.fit.FitActivityEncoder;

/**
 * Exports one profile's data into a folder: {@value #READINGS} (every stored reading), {@value #DAILY} (the daily
 * statistics) and {@code activities/} with one FIT file per activity. Existing files of those names are replaced.
 */
public final class ProfileExport {

    public static final String READINGS = "readings.csv";
    public static final String DAILY = "daily-statistics.csv";
    public static final String ACTIVITIES = "activities";

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm", Locale.ROOT);

    /** What an export wrote. */
    public record Result(Path folder, long readings, int days, int activities) {
    }

    private final ProfileDataStore data;
    private final DailyStatsRepository dailyStats;
    private final ActivityLibrary activities;
    private final FitActivityEncoder fit;

    public ProfileExport(ProfileDataStore data, DailyStatsRepository dailyStats, ActivityLibrary activities,
                         FitActivityEncoder fit) {
        this.data = data;
        this.dailyStats = dailyStats;
        this.activities = activities;
        this.fit = fit;
    }

    public Result export(Profile profile, Path folder) {
        try {
            Files.createDirectories(folder);
            long readings;
            try (Writer out = writer(folder.resolve(READINGS))) {
                readings = data.forEachReading(profile.id(), ProfileCsv.readings(out));
            }
            List<DailyStatsRepository.Row> days = dailyStats.readAll(profile.id(), LocalDate.of(1900, 1, 1),
                    LocalDate.of(9999, 12, 31));
            try (Writer out = writer(folder.resolve(DAILY))) {
                ProfileCsv.dailyStatistics(out, days);
            }
            int written = writeActivities(profile, folder.resolve(ACTIVITIES));
            return new Result(folder, readings, days.size(), written);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not export " + profile.name() + " to " + folder + ": " + e.getMessage(), e);
        }
    }

    private int writeActivities(Profile profile, Path folder) throws IOException {
        List<ActivityEntry> entries = activities.list(profile.id());
        if (entries.isEmpty()) {
            return 0;
        }
        Files.createDirectories(folder);
        int written = 0;
        for (ActivityEntry entry : entries) {
            ActivityDetail detail = activities.detail(entry.id()).orElse(null);
            if (detail != null) {
                Activity activity = new Activity(entry.summary(), detail.laps(), detail.records());
                String name = FILE_TIME.format(entry.summary().start().atOffset(entry.summary().utcOffset()))
                        + "-" + entry.summary().sport().name().toLowerCase(Locale.ROOT) + "-" + entry.id() + ".fit";
                Files.write(folder.resolve(name), fit.encode(activity));
                written++;
            }
        }
        return written;
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }
}

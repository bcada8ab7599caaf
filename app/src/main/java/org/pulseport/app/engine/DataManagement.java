package org.pulseport.app.engine;

import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.pulseport.app.store.DailyStatsRepository;
import org.pulseport.app.store.ProfileDataStore;
import org.pulseport.app.store.backup.DataDirectoryBackup;
import org.pulseport.app.store.backup.DataDirectoryRestore;
import org.pulseport.devices.fit.FitActivityEncoder;
import org.pulseport.devices.fit.FitProfile;

/** What Settings and the CLI offer for the data as a whole: backup and restore, a profile's export and deletion. */
public record DataManagement(DataBackups backups, ProfileExport export, ProfileRemoval removal) {

    /** Wires the services for an open embedded store in {@code dataDirectory}. */
    public static DataManagement create(DataSource dataSource, Path dataDirectory, DailyStatsRepository dailyStats,
                                        ActivityLibrary activities, Clock clock) {
        ProfileDataStore profileData = new ProfileDataStore(dataSource);
        return new DataManagement(
                new DataBackups(new DataDirectoryBackup(dataSource, dataDirectory, clock), new DataDirectoryRestore(dataDirectory)),
                new ProfileExport(profileData, dailyStats, activities, new FitActivityEncoder(FitProfile.standard())),
                new ProfileRemoval(profileData, dataDirectory.resolve("reports")));
    }
}

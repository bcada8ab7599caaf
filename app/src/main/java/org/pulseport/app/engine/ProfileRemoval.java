package org.pulseport.app.engine;

import java.io.IOException;
import java.nio.file.Path;
import org.pulseport.app.store.FileTrees;
import org.pulseport.app.store.ProfileDataStore;
import org.pulseport.core.model.Profile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes a profile with everything it owns: its rows in every table (one transaction) and its weekly report
 * files. Devices paired with it stay known, unpaired.
 */
public final class ProfileRemoval {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileRemoval.class);

    private final ProfileDataStore data;
    private final Path reports;

    public ProfileRemoval(ProfileDataStore data, Path reports) {
        this.data = data;
        this.reports = reports;
    }

    public ProfileDataStore.Deletion delete(Profile profile) {
        ProfileDataStore.Deletion deletion = data.delete(profile.id());
        deleteTree(WeeklyReports.folderOf(reports, profile.id()));
        LOG.info("Deleted profile {} ({} readings, {} notification log lines)", profile.id(), deletion.readings(),
                deletion.notificationLogs());
        return deletion;
    }

    private static void deleteTree(Path folder) {
        try {
            FileTrees.delete(folder);
        } catch (IOException e) {
            LOG.warn("Could not delete the reports of a deleted profile in {}: {}", folder, e.getMessage());
        }
    }
}

package org.pulseport.app.engine;

import java.util.List;
import java.util.Optional;
import org.pulseport.app.store.ActivityRepository;
import org.pulseport.app.store.StoredActivity;

/** Reads a profile's imported activities for the views and the CLI. */
public final class ActivityLibrary {

    private final ActivityRepository activities;

    public ActivityLibrary(ActivityRepository activities) {
        this.activities = activities;
    }

    /** The profile's activities, newest first. */
    public List<ActivityEntry> list(long profileId) {
        return activities.list(profileId).stream().map(ActivityLibrary::entry).toList();
    }

    /** An activity with its laps and streams, empty when it no longer exists. */
    public Optional<ActivityDetail> detail(long activityId) {
        return activities.find(activityId).map(stored -> new ActivityDetail(entry(stored), activities.laps(activityId),
                activities.streams(activityId)));
    }

    private static ActivityEntry entry(StoredActivity stored) {
        return new ActivityEntry(stored.id(), stored.summary(), stored.fileName(), stored.recordCount(), stored.warnings());
    }
}

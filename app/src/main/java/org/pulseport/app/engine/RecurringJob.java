package org.pulseport.app.engine;

import java.util.Locale;

/**
 * The recurring jobs of the sync design, with their default schedules. Each can be changed in Settings
 * ({@code schedule.<name>}) or by environment ({@code PULSEPORT_SCHEDULE_<NAME>}, upper case); the workout queue's
 * interval also by {@code WORKOUT_SYNC_INTERVAL_MINUTES}.
 */
public enum RecurringJob {
    SYNC_WEARABLES_DAILY("syncWearablesDaily", "daily 03:00 UTC",
            "Syncs every profile's active wearable connections (Oura, WHOOP) for the last 24 hours and more."),
    SYNC_WHOOP_DATA("syncWhoopData", "daily 03:30 UTC", "Syncs WHOOP recovery, strain, sleep and workouts."),
    SYNC_CGM_READINGS("syncCgmReadings", "every 30 minutes",
            "Syncs all active CGM cloud connections (Dexcom, LibreLinkUp) since their last sync."),
    CLEANUP_WEARABLE_DATA("cleanupWearableData", "weekly sun 04:00 UTC",
            "Removes raw samples past retention (daily statistics stay) and orphans of removed sources."),
    WEEKLY_HEALTH_REPORT("weeklyHealthReport", "weekly mon 06:00 UTC",
            "Writes last week's health report of every profile as a PDF into the data directory's reports folder."),
    WORKOUT_SYNC_QUEUE("workoutSyncQueue", "every 10 minutes",
            "Pushes queued workout changes to Wahoo, TrainingPeaks, Garmin and head units (WORKOUT_SYNC_INTERVAL_MINUTES).");

    private final String jobName;
    private final String defaultSchedule;
    private final String description;

    RecurringJob(String jobName, String defaultSchedule, String description) {
        this.jobName = jobName;
        this.defaultSchedule = defaultSchedule;
        this.description = description;
    }

    public String jobName() {
        return jobName;
    }

    public String defaultSchedule() {
        return defaultSchedule;
    }

    public String description() {
        return description;
    }

    /** The environment variable that overrides this job's schedule. */
    public String environmentVariable() {
        return "PULSEPORT_SCHEDULE_" + jobName.toUpperCase(Locale.ROOT);
    }

    /** The settings key that overrides this job's schedule. */
    public String settingsKey() {
        return "schedule." + jobName;
    }
}

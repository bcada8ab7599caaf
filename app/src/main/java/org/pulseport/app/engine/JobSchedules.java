package org.pulseport.app.engine;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves each recurring job's schedule: the environment variable wins, then the setting, then the default.
 * An invalid value is reported in the log and the default is used, so a typo never stops the engine.
 */
public final class JobSchedules {

    static final String WORKOUT_INTERVAL_VARIABLE = "WORKOUT_SYNC_INTERVAL_MINUTES";
    private static final Logger LOG = LoggerFactory.getLogger(JobSchedules.class);

    private JobSchedules() {
    }

    /** The schedule of every recurring job, given the environment and a lookup of saved settings. */
    public static Map<RecurringJob, JobSchedule> resolve(Map<String, String> environment,
                                                         java.util.function.Function<String, Optional<String>> settings) {
        Map<RecurringJob, JobSchedule> schedules = new EnumMap<>(RecurringJob.class);
        for (RecurringJob job : RecurringJob.values()) {
            Optional<String> configured = Optional.ofNullable(environment.get(job.environmentVariable()))
                    .or(() -> settings.apply(job.settingsKey()));
            schedules.put(job, configured.map(spec -> parseOrDefault(job, spec))
                    .orElseGet(() -> JobSchedule.parse(defaultSchedule(job, environment))));
        }
        return schedules;
    }

    /** The workout queue worker's interval in minutes (default 10). */
    public static long workoutIntervalMinutes(Map<String, String> environment) {
        String value = environment.get(WORKOUT_INTERVAL_VARIABLE);
        try {
            long minutes = value == null ? 10 : Long.parseLong(value.strip());
            return minutes > 0 ? minutes : 10;
        } catch (NumberFormatException e) {
            LOG.error("{}='{}' is not a whole number of minutes; using 10", WORKOUT_INTERVAL_VARIABLE, value);
            return 10;
        }
    }

    /** The default schedule; the workout queue's follows WORKOUT_SYNC_INTERVAL_MINUTES. */
    private static String defaultSchedule(RecurringJob job, Map<String, String> environment) {
        return job == RecurringJob.WORKOUT_SYNC_QUEUE
                ? "every " + workoutIntervalMinutes(environment) + " minutes" : job.defaultSchedule();
    }

    private static JobSchedule parseOrDefault(RecurringJob job, String spec) {
        try {
            return JobSchedule.parse(spec);
        } catch (IllegalArgumentException e) {
            LOG.error("Schedule of {}: {} Using the default '{}'.", job.jobName(), e.getMessage(), job.defaultSchedule());
            return JobSchedule.parse(job.defaultSchedule());
        }
    }
}

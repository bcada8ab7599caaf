package org.pulseport.app.engine;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pulseport.app.analytics.TimeInRanges;
import org.pulseport.core.model.GlucoseTrend;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.TimeSeries;

/** One profile at a glance, as the dashboard shows it. */
public record DashboardSnapshot(
        Optional<LatestGlucose> latestGlucose,
        TimeSeries lastDay,
        Optional<TimeInRanges> todayInRanges,
        Map<MetricType, Double> latestDaily,
        Optional<NextWorkout> nextWorkout,
        List<Source> sources,
        List<Attention> attention,
        long storedReadings) {

    /** The newest glucose reading, its trend arrow and its age. */
    public record LatestGlucose(double mgDl, Optional<GlucoseTrend> trend, Duration age) {
    }

    /** One data source of the profile: a cloud account, a device, imported files or the demo data. */
    public record Source(String name, String kind, Optional<Duration> sinceLastSync, boolean healthy) {
    }

    /** The next scheduled workout. */
    public record NextWorkout(String name, ZonedDateTime startsAt) {
    }

    /** Something that needs the user, and what kind of fix it takes. */
    public record Attention(Kind kind, String message) {

        /** Which fix: the UI offers the matching one-click action. */
        public enum Kind {
            /** A connection's sign-in was refused: reconnect it. */
            RECONNECT,
            /** Background jobs failed all retries: look at them in Jobs. */
            FAILED_JOBS,
            /** No data source yet: connect an account or plug in a device. */
            NO_SOURCES,
            /** The newest glucose reading is old: check the CGM connection or device. */
            STALE_GLUCOSE,
            /** A plugged-in device cannot be read (permissions, another program holds it, ...): see Devices. */
            DEVICE_PROBLEM,
            /** A paired device's clock is more than 15 minutes off: set it (its readings are corrected meanwhile). */
            DEVICE_CLOCK
        }
    }
}

package org.pulseport.app.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pulseport.app.analytics.TimeInRanges;
import org.pulseport.app.engine.workouts.WorkoutService;
import org.pulseport.app.store.DailyStatsRepository;
import org.pulseport.app.store.DeadLetterRepository;
import org.pulseport.app.store.SampleQueries;
import org.pulseport.app.store.SourceEntity;
import org.pulseport.app.store.SourceKind;
import org.pulseport.app.store.SourceRepository;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Profile;
import org.pulseport.core.model.TimeSeries;

/**
 * Gathers what the dashboard shows for a profile: newest glucose with its trend, today's time in range, the
 * latest sleep/readiness/recovery values, the next planned workout, the data sources, and what needs attention.
 */
public final class DashboardService {

    static final Duration STALE_GLUCOSE = Duration.ofHours(3);
    private static final Map<SourceKind, String> KIND_NAMES = Map.of(SourceKind.CLOUD, "cloud account",
            SourceKind.DEVICE, "device", SourceKind.FILE, "imported files", SourceKind.SANDBOX, "demo data");
    private static final List<MetricType> DAILY = List.of(MetricType.SLEEP_SCORE, MetricType.SLEEP_DURATION,
            MetricType.READINESS_SCORE, MetricType.RECOVERY_SCORE, MetricType.RESTING_HEART_RATE);

    private final SampleQueries samples;
    private final DailyStatsRepository daily;
    private final WorkoutService workouts;
    private final ConnectionService connections;
    private final SourceRepository sources;
    private final DeadLetterRepository deadLetters;
    private final DeviceAttention deviceAttention;
    private final Clock clock;

    public DashboardService(SampleQueries samples, DailyStatsRepository daily, WorkoutService workouts,
                            ConnectionService connections, SourceRepository sources, DeadLetterRepository deadLetters,
                            DeviceAttention deviceAttention, Clock clock) {
        this.samples = samples;
        this.daily = daily;
        this.workouts = workouts;
        this.connections = connections;
        this.sources = sources;
        this.deadLetters = deadLetters;
        this.deviceAttention = deviceAttention;
        this.clock = clock;
    }

    public DashboardSnapshot snapshot(Profile profile) {
        Instant now = clock.instant();
        Optional<DashboardSnapshot.LatestGlucose> latest = samples.latestReading(profile.id(), MetricType.GLUCOSE)
                .map(r -> new DashboardSnapshot.LatestGlucose(r.value(), r.trend(), Duration.between(r.at(), now)));
        TimeSeries lastDay = samples.series(profile.id(), MetricType.GLUCOSE, now.minus(Duration.ofDays(1)), now.plusSeconds(1));
        Instant midnight = LocalDate.now(clock.withZone(profile.timeZone())).atStartOfDay(profile.timeZone()).toInstant();
        TimeSeries today = lastDay.between(midnight.toEpochMilli(), Long.MAX_VALUE);
        Optional<TimeInRanges> todayInRanges = today.isEmpty() ? Optional.empty() : Optional.of(TimeInRanges.of(today.valuesCopy()));
        List<ConnectionStatus> connected = connections.list(profile.id()).stream()
                .filter(c -> c.state() == ConnectionStatus.State.ACTIVE || c.state() == ConnectionStatus.State.INACTIVE)
                .toList();
        return new DashboardSnapshot(latest, lastDay, todayInRanges, latestDaily(profile), nextWorkout(profile, now),
                sources(profile, now), attention(profile, latest, connected), samples.countForProfile(profile.id()));
    }

    private Map<MetricType, Double> latestDaily(Profile profile) {
        LocalDate today = LocalDate.now(clock.withZone(profile.timeZone()));
        Map<MetricType, Double> values = new EnumMap<>(MetricType.class);
        for (DailyStatsRepository.Row row : daily.readAll(profile.id(), today.minusDays(2), today)) {
            if (DAILY.contains(row.metric())) {
                values.put(row.metric(), row.average());
            }
        }
        return values;
    }

    private List<DashboardSnapshot.Source> sources(Profile profile, Instant now) {
        return sources.findByProfile(profile.id()).stream().map(s -> new DashboardSnapshot.Source(s.getDisplayName(),
                KIND_NAMES.get(s.getKind()), Optional.ofNullable(s.getLastSyncedAt()).map(at -> Duration.between(at, now)),
                SourceEntity.ACTIVE.equals(s.getStatus()))).toList();
    }

    private Optional<DashboardSnapshot.NextWorkout> nextWorkout(Profile profile, Instant now) {
        return workouts.calendar(profile.id(), now, now.plus(Duration.ofDays(60))).stream()
                .filter(s -> s.startsAt().toInstant().isAfter(now))
                .min(java.util.Comparator.comparing(s -> s.startsAt().toInstant()))
                .flatMap(s -> workouts.find(s.workoutId()).map(w -> new DashboardSnapshot.NextWorkout(w.workout().name(),
                        s.startsAt().withZoneSameInstant(profile.timeZone()))));
    }

    private List<DashboardSnapshot.Attention> attention(Profile profile, Optional<DashboardSnapshot.LatestGlucose> latest,
                                                        List<ConnectionStatus> connected) {
        List<DashboardSnapshot.Attention> items = new ArrayList<>();
        for (ConnectionStatus c : connected) {
            if (c.state() == ConnectionStatus.State.INACTIVE) {
                items.add(new DashboardSnapshot.Attention(DashboardSnapshot.Attention.Kind.RECONNECT,
                        c.displayName() + " stopped syncing: " + c.reason().orElse("the sign-in was refused") + "."));
            }
        }
        items.addAll(deviceAttention.of(profile));
        int failed = deadLetters.open().size();
        if (failed > 0) {
            items.add(new DashboardSnapshot.Attention(DashboardSnapshot.Attention.Kind.FAILED_JOBS,
                    failed + " background job" + (failed == 1 ? "" : "s") + " failed every retry."));
        }
        if (sources.findByProfile(profile.id()).isEmpty()) {
            items.add(new DashboardSnapshot.Attention(DashboardSnapshot.Attention.Kind.NO_SOURCES,
                    profile.name() + " has no data sources yet."));
        }
        latest.filter(g -> g.age().compareTo(STALE_GLUCOSE) > 0).ifPresent(g -> items.add(new DashboardSnapshot.Attention(
                DashboardSnapshot.Attention.Kind.STALE_GLUCOSE, "The newest glucose reading is " + g.age().toHours()
                + " hours old.")));
        return items;
    }

    /** Today's date in the profile's zone (for the view's labels). */
    public ZonedDateTime now(Profile profile) {
        return ZonedDateTime.now(clock.withZone(profile.timeZone()));
    }
}

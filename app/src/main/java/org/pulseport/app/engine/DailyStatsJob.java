package org.pulseport.app.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.pulseport.app.analytics.DailyStats;
import org.pulseport.app.analytics.DailyStatsCalculator;
import org.pulseport.app.analytics.DayValue;
import org.pulseport.app.analytics.RecomputePlan;
import org.pulseport.app.analytics.DailySummaries;
import org.pulseport.app.store.DailyStatsRepository;
import org.pulseport.app.store.SampleQueries;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Profile;
import org.pulseport.core.model.TimeSeries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Incremental daily statistics: for each range a sync marked as touched, recomputes the touched days' average,
 * minimum, maximum and count (by the profile's local day, or by the provider's day for daily summaries) and the
 * 7- and 30-day rolling averages of every day whose window contains a touched day. Untouched days are left alone.
 */
public final class DailyStatsJob implements DailyAggregator {

    private static final Logger LOG = LoggerFactory.getLogger(DailyStatsJob.class);

    private final DailyStatsRepository stats;
    private final SampleQueries samples;
    private final ProfileService profiles;
    private final Clock clock;

    public DailyStatsJob(DailyStatsRepository stats, SampleQueries samples, ProfileService profiles, Clock clock) {
        this.stats = stats;
        this.samples = samples;
        this.profiles = profiles;
        this.clock = clock;
    }

    @Override
    public Result aggregateAll() {
        List<DailyStatsRepository.Pending> pending = stats.pending();
        Map<Long, List<DailyStatsRepository.Pending>> byProfile = new LinkedHashMap<>();
        pending.forEach(p -> byProfile.computeIfAbsent(p.profileId(), id -> new ArrayList<>()).add(p));
        int written = 0;
        java.util.Set<Long> updated = new java.util.TreeSet<>();
        for (Map.Entry<Long, List<DailyStatsRepository.Pending>> entry : byProfile.entrySet()) {
            Profile profile = profiles.find(entry.getKey()).orElse(null);
            if (profile != null) {
                written += recompute(profile, touchedDays(entry.getValue(), profile.timeZone()));
                updated.add(profile.id());
            }
            stats.clearPending(entry.getValue().stream().map(DailyStatsRepository.Pending::id).toList());
        }
        return new Result(written, updated);
    }

    /** Marks all of a profile's readings for recomputation (after its time zone changed) and recomputes now. */
    public Result recomputeEverything(Profile profile) {
        samples.extent(profile.id()).ifPresent(range -> stats.markPending(profile.id(), range.getKey(),
                range.getValue().plusSeconds(1), clock.instant()));
        return aggregateAll();
    }

    /** Recomputes the given days (and the rolling averages they affect) for every metric with readings then. */
    public int recompute(Profile profile, Set<LocalDate> touched) {
        if (touched.isEmpty()) {
            return 0;
        }
        RecomputePlan plan = RecomputePlan.forTouchedDays(touched);
        ZoneId zone = profile.timeZone();
        Instant from = plan.statsDays().first().atStartOfDay(zone).toInstant();
        Instant to = plan.statsDays().last().plusDays(1).atStartOfDay(zone).toInstant();
        int written = 0;
        for (MetricType metric : samples.metricsBetween(profile.id(), from, to)) {
            written += recomputeMetric(profile, metric, plan, from, to);
        }
        LOG.info("daily stats profile={} days {}..{}: {} rows", profile.id(), plan.statsDays().first(),
                plan.rollingDays().last(), written);
        return written;
    }

    private int recomputeMetric(Profile profile, MetricType metric, RecomputePlan plan, Instant from, Instant to) {
        NavigableMap<LocalDate, DailyStats> fresh = fresh(profile, metric, plan, from, to);
        NavigableMap<LocalDate, DailyStats> all = new TreeMap<>();
        for (DailyStatsRepository.Row row : stats.read(profile.id(), metric, plan.firstDayNeeded().orElseThrow(),
                plan.rollingDays().last())) {
            all.put(row.day(), new DailyStats(row.day(), row.count(), row.average(), row.min(), row.max()));
        }
        plan.statsDays().forEach(all::remove);
        all.putAll(fresh);
        DailySummaries summaries = DailySummaries.of(all);
        List<DailyStatsRepository.Row> rows = new ArrayList<>();
        for (LocalDate day : plan.rollingDays()) {
            summaries.rollingOn(day).ifPresent(average -> {
                DailyStats stats0 = all.get(day);
                rows.add(new DailyStatsRepository.Row(profile.id(), metric, day, stats0.average(), stats0.min(),
                        stats0.max(), stats0.count(), average.mean7(), average.mean30()));
            });
        }
        stats.save(rows, clock.instant());
        return rows.size();
    }

    /** The touched days' statistics from readings: by provider day for daily summaries that carry one. */
    private NavigableMap<LocalDate, DailyStats> fresh(Profile profile, MetricType metric, RecomputePlan plan,
                                                     Instant from, Instant to) {
        if (metric.cadence() == MetricType.Cadence.DAILY) {
            List<DayValue> values = samples.byProviderDay(profile.id(), metric, plan.statsDays().first(),
                    plan.statsDays().last()).stream().map(e -> new DayValue(e.getKey(), e.getValue())).toList();
            if (!values.isEmpty()) {
                return onlyTouched(DailyStatsCalculator.byProviderDay(values), plan);
            }
        }
        TimeSeries series = samples.series(profile.id(), metric, from, to);
        return onlyTouched(DailyStatsCalculator.byLocalDay(series, profile.timeZone()), plan);
    }

    private static NavigableMap<LocalDate, DailyStats> onlyTouched(NavigableMap<LocalDate, DailyStats> computed,
                                                                   RecomputePlan plan) {
        NavigableMap<LocalDate, DailyStats> kept = new TreeMap<>(computed);
        kept.keySet().retainAll(plan.statsDays());
        return kept;
    }

    /** The local days a set of ranges covers, plus one day either side for providers' own day boundaries. */
    static Set<LocalDate> touchedDays(List<DailyStatsRepository.Pending> ranges, ZoneId zone) {
        Set<LocalDate> days = new TreeSet<>();
        for (DailyStatsRepository.Pending range : ranges) {
            LocalDate first = range.from().atZone(zone).toLocalDate().minusDays(1);
            LocalDate last = range.to().atZone(zone).toLocalDate().plusDays(1);
            first.datesUntil(last.plusDays(1)).forEach(days::add);
        }
        return days;
    }
}

package org.pulseport.app.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pulseport.app.analytics.Anomaly;
import org.pulseport.app.analytics.BaselineAnomalyDetector;
import org.pulseport.app.analytics.BaselineDeviation;
import org.pulseport.app.analytics.GlucoseExcursion;
import org.pulseport.app.analytics.CorrelationCalculator;
import org.pulseport.app.analytics.DailyStats;
import org.pulseport.app.analytics.GlucoseExcursionDetector;
import org.pulseport.app.analytics.HealthScore;
import org.pulseport.app.analytics.HealthScoreCalculator;
import org.pulseport.app.analytics.ScoreInputs;
import org.pulseport.app.store.AnalyticsRepository;
import org.pulseport.app.store.SampleQueries;
import org.pulseport.core.model.GlucoseUnit;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Profile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analytics job that follows every sync (analytics queue, concurrency 3): recomputes the health scores of the
 * last days, the pairwise correlations of daily metrics over 90 days, and checks the newest data for anomalies
 * (sustained glucose excursions, shifts against the personal 30-day baseline). Anomalies are stored once; only
 * those never seen before go to the listeners (notifications).
 */
public final class AnalyticsJob {

    static final int SCORED_DAYS = 7;
    static final int HISTORY_DAYS = CorrelationCalculator.DEFAULT_WINDOW_DAYS + 40;
    static final Duration GLUCOSE_LOOK_BACK = Duration.ofHours(48);
    private static final Logger LOG = LoggerFactory.getLogger(AnalyticsJob.class);

    private final DailyStatsReader daily;
    private final SampleQueries samples;
    private final AnalyticsRepository results;
    private final ProfileService profiles;
    private final List<AnomalyListener> listeners;
    private final Clock clock;

    public AnalyticsJob(DailyStatsReader daily, SampleQueries samples, AnalyticsRepository results, ProfileService profiles,
                        List<AnomalyListener> listeners, Clock clock) {
        this.daily = daily;
        this.samples = samples;
        this.results = results;
        this.profiles = profiles;
        this.listeners = List.copyOf(listeners);
        this.clock = clock;
    }

    /** What one analysis found. */
    public record Result(int scores, int correlations, List<Anomaly> newAnomalies) {
    }

    public Result analyze(long profileId) {
        Optional<Profile> found = profiles.find(profileId);
        if (found.isEmpty()) {
            return new Result(0, 0, List.of());
        }
        Profile profile = found.get();
        LocalDate today = LocalDate.now(clock.withZone(profile.timeZone()));
        Map<MetricType, NavigableMap<LocalDate, DailyStats>> stats = daily.read(profileId, today.minusDays(HISTORY_DAYS), today);
        int scores = scoreRecentDays(profile, stats, today);
        List<AnalyticsRepository.CorrelationRow> correlations = CorrelationCalculator.defaults().pairwise(stats, today)
                .stream().map(c -> new AnalyticsRepository.CorrelationRow(c.first(), c.second(), c.pairedDays(), c.pearson(),
                        c.pearsonP(), c.spearman(), c.spearmanP())).toList();
        results.replaceCorrelations(profileId, correlations, clock.instant());
        List<Anomaly> fresh = storeNew(profile, detect(profile, stats, today));
        if (!fresh.isEmpty()) {
            listeners.forEach(l -> l.newAnomalies(profile, fresh));
        }
        LOG.info("analytics profile={}: {} scores, {} correlations, {} new anomalies", profileId, scores,
                correlations.size(), fresh.size());
        return new Result(scores, correlations.size(), fresh);
    }

    private int scoreRecentDays(Profile profile, Map<MetricType, NavigableMap<LocalDate, DailyStats>> stats, LocalDate today) {
        List<AnalyticsRepository.ScoreRow> rows = new ArrayList<>();
        for (int back = SCORED_DAYS - 1; back >= 0; back--) {
            LocalDate day = today.minusDays(back);
            for (HealthScore score : HealthScoreCalculator.scores(ScoreInputs.from(stats, day))) {
                rows.add(row(day, score));
            }
        }
        results.saveScores(profile.id(), rows, clock.instant());
        return rows.size();
    }

    private static AnalyticsRepository.ScoreRow row(LocalDate day, HealthScore score) {
        String missing = String.join(", ", score.missing());
        if (score instanceof HealthScore.Scored scored) {
            String used = scored.used().stream().map(u -> u.input() + "=" + Math.round(u.points()))
                    .collect(Collectors.joining(", "));
            return new AnalyticsRepository.ScoreRow(day, score.kind().name(), scored.value(), scored.confidence(), used, missing);
        }
        return new AnalyticsRepository.ScoreRow(day, score.kind().name(), null, 0, "", missing);
    }

    private List<Anomaly> detect(Profile profile, Map<MetricType, NavigableMap<LocalDate, DailyStats>> stats, LocalDate today) {
        List<Anomaly> found = new ArrayList<>(new BaselineAnomalyDetector(profile.timeZone())
                .detect(stats, Set.of(today, today.minusDays(1))));
        found.addAll(new GlucoseExcursionDetector(GlucoseUnit.MG_DL).detect(samples.series(profile.id(), MetricType.GLUCOSE,
                clock.instant().minus(GLUCOSE_LOOK_BACK), clock.instant().plusSeconds(1))));
        return found;
    }

    private List<Anomaly> storeNew(Profile profile, List<Anomaly> anomalies) {
        List<Anomaly> fresh = new ArrayList<>();
        for (Anomaly a : anomalies) {
            Double baseline = null;
            Double robustZ = null;
            if (a instanceof BaselineDeviation deviation) {
                baseline = deviation.baseline();
                robustZ = deviation.robustZ();
            } else if (a instanceof GlucoseExcursion excursion) {
                baseline = excursion.baseline();
            }
            if (results.addAnomaly(profile.id(), a.category().name(), a.severity().name(), a.metric(), a.start(), a.end(),
                    a.value(), baseline, robustZ, a.message(), clock.instant())) {
                fresh.add(a);
            }
        }
        return fresh;
    }
}

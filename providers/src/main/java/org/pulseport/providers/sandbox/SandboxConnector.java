package org.pulseport.providers.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.pulseport.core.connector.FetchRequest;
import org.pulseport.core.connector.SourceConnector;
import org.pulseport.core.connector.SourceRef;
import org.pulseport.core.model.GlucoseTrend;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Sample;
import org.pulseport.core.model.SyncWindow;

/**
 * An offline source of realistic data: 5-minute CGM glucose with meals and nights, and daily wearable
 * summaries. Deterministic from a seed (by default the source id), so repeated and overlapping fetches return
 * identical samples and the whole pipeline can be exercised, demonstrated and benchmarked without accounts.
 */
public final class SandboxConnector implements SourceConnector {

    /** CGM reading interval. */
    public static final Duration GLUCOSE_INTERVAL = Duration.ofMinutes(5);

    private static final Set<MetricType> DAILY = EnumSet.of(MetricType.SLEEP_DURATION, MetricType.SLEEP_SCORE,
            MetricType.RESTING_HEART_RATE, MetricType.HRV_RMSSD, MetricType.READINESS_SCORE,
            MetricType.RECOVERY_SCORE, MetricType.STRAIN, MetricType.STEPS, MetricType.ACTIVE_ENERGY,
            MetricType.SPO2, MetricType.RESPIRATORY_RATE, MetricType.BODY_TEMPERATURE_DEVIATION,
            MetricType.WEIGHT);

    private final ZoneId zone;
    private final Long fixedSeed;

    /** The connector as found by the service loader: the system time zone, seeded by the source id. */
    public SandboxConnector() {
        this(ZoneId.systemDefault(), null);
    }

    /** A connector with an explicit zone for local meal and sleep times, seeded by the source id. */
    public SandboxConnector(ZoneId zone) {
        this(zone, null);
    }

    /** A connector with an explicit zone and seed (the same data whatever the source id). */
    public SandboxConnector(ZoneId zone, long seed) {
        this(zone, Long.valueOf(seed));
    }

    private SandboxConnector(ZoneId zone, Long fixedSeed) {
        this.zone = zone;
        this.fixedSeed = fixedSeed;
    }

    @Override
    public String id() {
        return "sandbox";
    }

    @Override
    public String displayName() {
        return "Sandbox (generated data)";
    }

    @Override
    public Set<MetricType> capabilities() {
        EnumSet<MetricType> all = EnumSet.copyOf(DAILY);
        all.add(MetricType.GLUCOSE);
        return all;
    }

    @Override
    public Stream<Sample> fetch(FetchRequest request) {
        long seed = fixedSeed != null ? fixedSeed : 0x5EEDL + request.source().sourceId();
        DeterministicNoise noise = new DeterministicNoise(seed);
        return Stream.concat(dailySamples(request.source(), request.window(), new DailyWearableModel(noise)),
                glucoseSamples(request.source(), request.window(), new GlucoseModel(noise, zone)));
    }

    /** Readings every 5 minutes; the trend compares each with the one before, so the model runs once per reading. */
    private Stream<Sample> glucoseSamples(SourceRef source, SyncWindow window, GlucoseModel model) {
        long step = GLUCOSE_INTERVAL.toMillis();
        long first = Math.floorDiv(window.from().toEpochMilli() + step - 1, step) * step;
        long end = window.to().toEpochMilli();
        double[] previous = {model.mgDl(Instant.ofEpochMilli(first - step))};
        return LongStream.iterate(first, t -> t < end, t -> t + step).mapToObj(t -> {
            Instant at = Instant.ofEpochMilli(t);
            double exact = model.mgDl(at);
            double value = Math.round(exact);
            GlucoseTrend trend = GlucoseTrend.fromRate((value - previous[0]) / GLUCOSE_INTERVAL.toMinutes());
            previous[0] = exact;
            return Sample.of(source.profileId(), source.sourceId(), MetricType.GLUCOSE, at, offsetAt(at), value)
                    .withTrend(trend);
        });
    }

    private Stream<Sample> dailySamples(SourceRef source, SyncWindow window, DailyWearableModel model) {
        LocalDate firstDay = window.from().atZone(zone).toLocalDate();
        LocalDate lastDay = window.to().atZone(zone).toLocalDate();
        return firstDay.datesUntil(lastDay.plusDays(1))
                .filter(day -> window.contains(summaryTime(day)))
                .flatMap(day -> {
                    Instant at = summaryTime(day);
                    Map<MetricType, Double> values = model.day(day);
                    return values.entrySet().stream().map(e -> Sample.of(source.profileId(), source.sourceId(),
                            e.getKey(), at, offsetAt(at), e.getValue()).withDay(day));
                });
    }

    /** Daily summaries are stamped at 08:00 local time, when a wearable's morning summary usually lands. */
    private Instant summaryTime(LocalDate day) {
        return ZonedDateTime.of(day.atTime(8, 0), zone).toInstant();
    }

    private ZoneOffset offsetAt(Instant at) {
        return zone.getRules().getOffset(at);
    }
}

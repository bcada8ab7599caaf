package org.pulseport.core.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * One measurement of one metric for one profile from one source.
 *
 * <p>The instant is UTC; {@code utcOffset} keeps the offset the source recorded it at, so local-time views and
 * daily statistics can be reproduced exactly. {@code day} is the provider's own calendar day for daily
 * summaries (an Oura {@code day}, a WHOOP cycle) and empty for continuous readings.
 */
public record Sample(
        long profileId,
        long sourceId,
        MetricType metric,
        Instant recordedAt,
        ZoneOffset utcOffset,
        double value,
        String unit,
        Optional<GlucoseTrend> trend,
        Optional<SampleQuality> quality,
        Optional<LocalDate> day) {

    public Sample {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(utcOffset, "utcOffset");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(trend, "trend");
        Objects.requireNonNull(quality, "quality");
        Objects.requireNonNull(day, "day");
    }

    /** A plain reading in the metric's canonical unit, without trend, quality or provider day. */
    public static Sample of(long profileId, long sourceId, MetricType metric, Instant recordedAt,
                            ZoneOffset utcOffset, double value) {
        return new Sample(profileId, sourceId, metric, recordedAt, utcOffset, value, metric.ucumUnit(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    public Sample withTrend(GlucoseTrend newTrend) {
        return new Sample(profileId, sourceId, metric, recordedAt, utcOffset, value, unit,
                Optional.of(newTrend), quality, day);
    }

    public Sample withQuality(SampleQuality newQuality) {
        return new Sample(profileId, sourceId, metric, recordedAt, utcOffset, value, unit,
                trend, Optional.of(newQuality), day);
    }

    public Sample withDay(LocalDate providerDay) {
        return new Sample(profileId, sourceId, metric, recordedAt, utcOffset, value, unit,
                trend, quality, Optional.of(providerDay));
    }
}

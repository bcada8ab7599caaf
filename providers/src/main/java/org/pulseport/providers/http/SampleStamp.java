package org.pulseport.providers.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.pulseport.core.connector.SourceRef;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Sample;

/**
 * Where and when the samples of one provider record belong: source, UTC instant, the offset the provider
 * reported, and the provider's own day for daily summaries. Mappers stamp every metric of a record with it.
 */
public record SampleStamp(SourceRef source, Instant at, ZoneOffset offset, Optional<LocalDate> day) {

    public SampleStamp {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(day, "day");
    }

    /** Stamped with a provider timestamp, keeping its offset. */
    public static SampleStamp at(SourceRef source, OffsetDateTime time) {
        return new SampleStamp(source, time.toInstant(), time.getOffset(), Optional.empty());
    }

    public SampleStamp withDay(LocalDate providerDay) {
        return new SampleStamp(source, at, offset, Optional.of(providerDay));
    }

    /** A sample of {@code metric} in its canonical unit. */
    public Sample sample(MetricType metric, double value) {
        Sample sample = Sample.of(source.profileId(), source.sourceId(), metric, at, offset, value);
        return day.map(sample::withDay).orElse(sample);
    }

    /** Adds a sample to {@code out} when the provider reported a value. */
    public void addIfPresent(List<Sample> out, MetricType metric, OptionalDouble value) {
        value.ifPresent(v -> out.add(sample(metric, v)));
    }
}

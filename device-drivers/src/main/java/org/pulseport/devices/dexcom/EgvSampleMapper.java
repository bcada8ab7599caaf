package org.pulseport.devices.dexcom;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.pulseport.core.connector.SourceRef;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Sample;
import org.pulseport.core.model.SampleQuality;
import org.pulseport.devices.download.SkipCounter;

/**
 * Turns EGV records into glucose samples: special values and superseded ("display only") records are skipped
 * and counted; readings below 40 or above 400 mg/dL become flagged range-limit samples, as the receiver shows
 * them as LOW and HIGH.
 */
public final class EgvSampleMapper {

    public static final int LOWEST_READING = 40;
    public static final int HIGHEST_READING = 400;

    private final SourceRef source;
    private final ReceiverClock clock;
    private final ZoneOffset fallbackOffset;
    private final SkipCounter skips;

    public EgvSampleMapper(SourceRef source, ReceiverClock clock, ZoneOffset fallbackOffset, SkipCounter skips) {
        this.source = source;
        this.clock = clock;
        this.fallbackOffset = fallbackOffset;
        this.skips = skips;
    }

    public Instant instantOf(EgvRecord record) {
        return clock.toUtc(record.systemSeconds());
    }

    public Optional<Sample> map(EgvRecord record) {
        if (record.displayOnly()) {
            skips.skip("display-only record (superseded)");
            return Optional.empty();
        }
        Optional<EgvSpecialValue> special = EgvSpecialValue.of(record.glucose());
        if (special.isPresent()) {
            skips.skip(special.get().description());
            return Optional.empty();
        }
        int glucose = record.glucose();
        SampleQuality quality = SampleQuality.OK;
        if (glucose < LOWEST_READING) {
            glucose = LOWEST_READING;
            quality = SampleQuality.BELOW_RANGE;
        } else if (glucose > HIGHEST_READING) {
            glucose = HIGHEST_READING;
            quality = SampleQuality.ABOVE_RANGE;
        }
        Sample sample = Sample.of(source.profileId(), source.sourceId(), MetricType.GLUCOSE, instantOf(record),
                clock.utcOffset(record.systemSeconds(), record.displaySeconds(), fallbackOffset), glucose)
                .withQuality(quality);
        return Optional.of(record.trend().map(sample::withTrend).orElse(sample));
    }
}

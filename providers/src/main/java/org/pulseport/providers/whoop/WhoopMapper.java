package org.pulseport.providers.whoop;

import static org.pulseport.providers.http.JsonFields.offsetDateTime;
import static org.pulseport.providers.http.JsonFields.optionalNumber;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.pulseport.core.connector.SourceRef;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Sample;
import org.pulseport.providers.http.JsonFields;
import org.pulseport.providers.http.MalformedRecordException;
import org.pulseport.providers.http.RecordMapping;
import org.pulseport.providers.http.SampleStamp;

/**
 * Turns WHOOP API v2 records into samples. Pure: no I/O, no clock. Only {@code SCORED} records carry values;
 * pending and unscorable ones give nothing. Energy arrives in kilojoules and is stored in kilocalories.
 */
public final class WhoopMapper {

    /** Thermochemical kilojoules per kilocalorie. */
    public static final double KILOJOULES_PER_KILOCALORIE = 4.184;

    static final String SCORED = "SCORED";
    private static final double MILLIS_PER_SECOND = 1000.0;

    public List<Sample> mapPage(WhoopCollection collection, List<JsonNode> records, SourceRef source) {
        return RecordMapping.mapEach(WhoopConnector.ID, collection.path(), records, r -> map(collection, r, source));
    }

    /** Maps one record; throws {@link MalformedRecordException} when unreadable. */
    public List<Sample> map(WhoopCollection collection, JsonNode record, SourceRef source) {
        List<Sample> out = new ArrayList<>(4);
        if (!SCORED.equals(JsonFields.text(record, "score_state"))) {
            return out;
        }
        JsonNode score = record.path("score");
        switch (collection) {
            case CYCLE -> {
                SampleStamp stamp = local(source, record, "start");
                stamp.addIfPresent(out, MetricType.STRAIN, optionalNumber(score, "strain"));
            }
            case RECOVERY -> {
                SampleStamp stamp = SampleStamp.at(source, offsetDateTime(record, "created_at"));
                stamp.addIfPresent(out, MetricType.RECOVERY_SCORE, optionalNumber(score, "recovery_score"));
                stamp.addIfPresent(out, MetricType.RESTING_HEART_RATE, optionalNumber(score, "resting_heart_rate"));
                stamp.addIfPresent(out, MetricType.HRV_RMSSD, optionalNumber(score, "hrv_rmssd_milli"));
                stamp.addIfPresent(out, MetricType.SPO2, optionalNumber(score, "spo2_percentage"));
            }
            case SLEEP -> sleep(source, record, score, out);
            case WORKOUT -> {
                SampleStamp stamp = local(source, record, "start");
                stamp.addIfPresent(out, MetricType.ACTIVE_ENERGY, kilocalories(optionalNumber(score, "kilojoule")));
                stamp.addIfPresent(out, MetricType.DISTANCE, optionalNumber(score, "distance_meter"));
            }
        }
        return out;
    }

    /** The body measurement's weight, stamped at {@code now} in UTC (the record carries no time). */
    public List<Sample> mapBodyMeasurement(JsonNode body, SourceRef source, Instant now) {
        SampleStamp stamp = new SampleStamp(source, now, ZoneOffset.UTC, Optional.empty());
        List<Sample> out = new ArrayList<>(1);
        stamp.addIfPresent(out, MetricType.WEIGHT, optionalNumber(body, "weight_kilogram"));
        return out;
    }

    private static void sleep(SourceRef source, JsonNode record, JsonNode score, List<Sample> out) {
        if (record.path("nap").asBoolean(false)) {
            return;
        }
        SampleStamp stamp = local(source, record, "end");
        JsonNode stages = score.path("stage_summary");
        OptionalDouble asleepMillis = sum(optionalNumber(stages, "total_light_sleep_time_milli"),
                optionalNumber(stages, "total_slow_wave_sleep_time_milli"),
                optionalNumber(stages, "total_rem_sleep_time_milli"));
        stamp.addIfPresent(out, MetricType.SLEEP_DURATION,
                asleepMillis.isPresent() ? OptionalDouble.of(asleepMillis.getAsDouble() / MILLIS_PER_SECOND)
                        : OptionalDouble.empty());
        stamp.addIfPresent(out, MetricType.RESPIRATORY_RATE, optionalNumber(score, "respiratory_rate"));
        stamp.addIfPresent(out, MetricType.SLEEP_SCORE, optionalNumber(score, "sleep_performance_percentage"));
    }

    /** Stamped at {@code field} in the member's recorded {@code timezone_offset}, with that local date as day. */
    private static SampleStamp local(SourceRef source, JsonNode record, String field) {
        OffsetDateTime at = offsetDateTime(record, field);
        ZoneOffset offset;
        try {
            offset = ZoneOffset.of(JsonFields.text(record, "timezone_offset"));
        } catch (DateTimeException bad) {
            throw new MalformedRecordException("field 'timezone_offset' is not an offset like -05:00");
        }
        OffsetDateTime local = at.withOffsetSameInstant(offset);
        return SampleStamp.at(source, local).withDay(local.toLocalDate());
    }

    private static OptionalDouble kilocalories(OptionalDouble kilojoules) {
        return kilojoules.isPresent() ? OptionalDouble.of(kilojoules.getAsDouble() / KILOJOULES_PER_KILOCALORIE)
                : OptionalDouble.empty();
    }

    private static OptionalDouble sum(OptionalDouble... parts) {
        double total = 0;
        for (OptionalDouble part : parts) {
            if (part.isEmpty()) {
                return OptionalDouble.empty();
            }
            total += part.getAsDouble();
        }
        return OptionalDouble.of(total);
    }
}

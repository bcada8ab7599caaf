package org.pulseport.providers.librelinkup;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.pulseport.core.connector.SourceRef;
import org.pulseport.core.model.GlucoseTrend;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Sample;
import org.pulseport.core.model.SampleQuality;
import org.pulseport.providers.http.JsonFields;
import org.pulseport.providers.http.LocalClockOffset;
import org.pulseport.providers.http.MalformedRecordException;
import org.pulseport.providers.http.RecordMapping;
import org.pulseport.providers.http.SampleStamp;

/**
 * Turns a LibreLinkUp graph into glucose samples. Pure: no I/O, no clock.
 *
 * <p>Each reading has {@code FactoryTimestamp} (UTC) and {@code Timestamp} (the phone's local time), both as
 * {@code M/d/yyyy h:mm:ss AM}; the instant comes from the first, the offset from their difference. Only the
 * latest measurement carries a trend arrow (1 falling … 5 rising).
 */
public final class LibreLinkUpMapper {

    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.US);

    private static final Map<Integer, GlucoseTrend> TRENDS = Map.of(
            1, GlucoseTrend.SINGLE_DOWN,
            2, GlucoseTrend.FORTY_FIVE_DOWN,
            3, GlucoseTrend.FLAT,
            4, GlucoseTrend.FORTY_FIVE_UP,
            5, GlucoseTrend.SINGLE_UP);

    /** The graph's history plus its latest measurement, in time order, one sample per instant. */
    public List<Sample> mapGraph(JsonNode graph, SourceRef source) {
        Map<Instant, Sample> byTime = new TreeMap<>();
        RecordMapping.mapEach(LibreLinkUpConnector.ID, "graphData", JsonFields.array(graph, "graphData"),
                reading -> List.of(reading(reading, source))).forEach(s -> byTime.put(s.recordedAt(), s));
        JsonNode latest = graph.path("connection").path("glucoseMeasurement");
        if (latest.isObject()) {
            RecordMapping.mapEach(LibreLinkUpConnector.ID, "glucoseMeasurement", List.of(latest),
                    reading -> List.of(withTrend(reading(reading, source), reading))).forEach(s -> byTime.put(s.recordedAt(), s));
        }
        return new ArrayList<>(byTime.values());
    }

    /** One reading as a glucose sample in mg/dL. */
    public Sample reading(JsonNode reading, SourceRef source) {
        LocalDateTime utc = timestamp(reading, "FactoryTimestamp");
        LocalDateTime local = timestamp(reading, "Timestamp");
        Sample sample = new SampleStamp(source, utc.toInstant(ZoneOffset.UTC), LocalClockOffset.between(local, utc),
                Optional.empty()).sample(MetricType.GLUCOSE, JsonFields.number(reading, "ValueInMgPerDl"));
        if (reading.path("isHigh").asBoolean(false)) {
            return sample.withQuality(SampleQuality.ABOVE_RANGE);
        }
        if (reading.path("isLow").asBoolean(false)) {
            return sample.withQuality(SampleQuality.BELOW_RANGE);
        }
        return sample.withQuality(SampleQuality.OK);
    }

    private static Sample withTrend(Sample sample, JsonNode reading) {
        return Optional.ofNullable(TRENDS.get(reading.path("TrendArrow").asInt(0))).map(sample::withTrend).orElse(sample);
    }

    private static LocalDateTime timestamp(JsonNode reading, String field) {
        String text = JsonFields.text(reading, field);
        try {
            return LocalDateTime.parse(text, TIMESTAMP);
        } catch (DateTimeParseException e) {
            throw new MalformedRecordException("field '" + field + "' is not like 1/25/2024 9:02:12 AM");
        }
    }
}

package org.pulseport.providers.oura;

import static org.pulseport.providers.http.JsonFields.date;
import static org.pulseport.providers.http.JsonFields.offsetDateTime;
import static org.pulseport.providers.http.JsonFields.optionalNumber;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pulseport.core.connector.SourceRef;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Sample;
import org.pulseport.providers.http.JsonFields;
import org.pulseport.providers.http.RecordMapping;
import org.pulseport.providers.http.SampleStamp;

/**
 * Turns Oura API v2 documents into samples. Pure: no I/O, no clock. Instants come from the documents' own
 * timestamps with their UTC offset; daily documents keep Oura's {@code day}. See docs/providers.md for the
 * field-by-field table.
 */
public final class OuraMapper {

    /** The {@code sleep} document type of the main sleep of a day (naps and rests are other types). */
    static final String MAIN_SLEEP = "long_sleep";

    /** Maps one page, skipping malformed documents with a warning. */
    public List<Sample> mapPage(OuraCollection collection, List<JsonNode> documents, SourceRef source) {
        return RecordMapping.mapEach(OuraConnector.ID, collection.path(), documents, doc -> map(collection, doc, source));
    }

    /** Maps one document; throws {@link org.pulseport.providers.http.MalformedRecordException} when unreadable. */
    public List<Sample> map(OuraCollection collection, JsonNode doc, SourceRef source) {
        List<Sample> out = new ArrayList<>(4);
        switch (collection) {
            case DAILY_SLEEP -> daily(doc, source).addIfPresent(out, MetricType.SLEEP_SCORE, optionalNumber(doc, "score"));
            case SLEEP -> sleep(doc, source, out);
            case DAILY_ACTIVITY -> {
                SampleStamp stamp = daily(doc, source);
                stamp.addIfPresent(out, MetricType.STEPS, optionalNumber(doc, "steps"));
                stamp.addIfPresent(out, MetricType.ACTIVE_ENERGY, optionalNumber(doc, "active_calories"));
            }
            case DAILY_READINESS -> {
                SampleStamp stamp = daily(doc, source);
                stamp.addIfPresent(out, MetricType.READINESS_SCORE, optionalNumber(doc, "score"));
                stamp.addIfPresent(out, MetricType.BODY_TEMPERATURE_DEVIATION,
                        optionalNumber(doc, "temperature_deviation"));
            }
            case DAILY_SPO2 -> {
                LocalDate day = date(doc, "day");
                SampleStamp stamp = new SampleStamp(source, day.atStartOfDay().toInstant(ZoneOffset.UTC),
                        ZoneOffset.UTC, Optional.of(day));
                stamp.addIfPresent(out, MetricType.SPO2, optionalNumber(doc, "spo2_percentage", "average"));
            }
            case HEARTRATE -> out.add(SampleStamp.at(source, offsetDateTime(doc, "timestamp"))
                    .sample(MetricType.HEART_RATE, JsonFields.number(doc, "bpm")));
            case WORKOUT -> SampleStamp.at(source, offsetDateTime(doc, "start_datetime")).withDay(date(doc, "day"))
                    .addIfPresent(out, MetricType.DISTANCE, optionalNumber(doc, "distance"));
        }
        return out;
    }

    private static SampleStamp daily(JsonNode doc, SourceRef source) {
        return SampleStamp.at(source, offsetDateTime(doc, "timestamp")).withDay(date(doc, "day"));
    }

    private static void sleep(JsonNode doc, SourceRef source, List<Sample> out) {
        if (!MAIN_SLEEP.equals(JsonFields.optionalText(doc, "type").orElse(MAIN_SLEEP))) {
            return;
        }
        SampleStamp stamp = SampleStamp.at(source, offsetDateTime(doc, "bedtime_end")).withDay(date(doc, "day"));
        stamp.addIfPresent(out, MetricType.SLEEP_DURATION, optionalNumber(doc, "total_sleep_duration"));
        stamp.addIfPresent(out, MetricType.HRV_RMSSD, optionalNumber(doc, "average_hrv"));
        stamp.addIfPresent(out, MetricType.RESTING_HEART_RATE, optionalNumber(doc, "lowest_heart_rate"));
        stamp.addIfPresent(out, MetricType.RESPIRATORY_RATE, optionalNumber(doc, "average_breath"));
    }
}

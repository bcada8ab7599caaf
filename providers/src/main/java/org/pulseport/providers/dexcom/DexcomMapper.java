package org.pulseport.providers.dexcom;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pulseport.core.connector.SourceRef;
import org.pulseport.core.model.GlucoseTrend;
import org.pulseport.core.model.GlucoseUnit;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Sample;
import org.pulseport.core.model.SampleQuality;
import org.pulseport.core.model.SyncWindow;
import org.pulseport.providers.http.JsonFields;
import org.pulseport.providers.http.LocalClockOffset;
import org.pulseport.providers.http.MalformedRecordException;
import org.pulseport.providers.http.RecordMapping;
import org.pulseport.providers.http.SampleStamp;

/**
 * Turns Dexcom API v3 documents into samples and values. Pure: no I/O, no clock.
 *
 * <p>Time: {@code systemTime} is the UTC instant (receivers send it without offset, apps with one);
 * {@code displayTime} is the wall clock the user saw. The sample's UTC offset is displayTime − systemTime,
 * rounded to the quarter hour (see {@link LocalClockOffset}).
 */
public final class DexcomMapper {

    private static final Map<String, GlucoseTrend> TRENDS = Map.of(
            "doubleUp", GlucoseTrend.DOUBLE_UP,
            "singleUp", GlucoseTrend.SINGLE_UP,
            "fortyFiveUp", GlucoseTrend.FORTY_FIVE_UP,
            "flat", GlucoseTrend.FLAT,
            "fortyFiveDown", GlucoseTrend.FORTY_FIVE_DOWN,
            "singleDown", GlucoseTrend.SINGLE_DOWN,
            "doubleDown", GlucoseTrend.DOUBLE_DOWN,
            "notComputable", GlucoseTrend.NOT_COMPUTABLE,
            "rateOutOfRange", GlucoseTrend.RATE_OUT_OF_RANGE);

    private static final Map<String, SampleQuality> STATUSES = Map.of(
            "ok", SampleQuality.OK, "high", SampleQuality.ABOVE_RANGE, "low", SampleQuality.BELOW_RANGE);

    public List<Sample> mapPage(List<JsonNode> egvs, SourceRef source) {
        return RecordMapping.mapEach(DexcomConnector.ID, "egvs", egvs, egv -> map(egv, source));
    }

    /** One EGV as a glucose sample in mg/dL; empty when the record carries no value. */
    public List<Sample> map(JsonNode egv, SourceRef source) {
        Optional<Double> value = JsonFields.optionalNumber(egv, "value").stream().boxed().findFirst();
        if (value.isEmpty()) {
            return List.of();
        }
        DeviceTime system = DeviceTime.parse(JsonFields.text(egv, "systemTime"), "systemTime");
        DeviceTime display = DeviceTime.parse(JsonFields.text(egv, "displayTime"), "displayTime");
        ZoneOffset offset = LocalClockOffset.between(display.wallClock(), system.utcWallClock());
        Sample sample = new SampleStamp(source, system.instant(), offset, Optional.empty())
                .sample(MetricType.GLUCOSE, toMgDl(value.get(), JsonFields.optionalText(egv, "unit").orElse("mg/dL")));
        Optional<GlucoseTrend> trend = JsonFields.optionalText(egv, "trend").map(TRENDS::get);
        Optional<SampleQuality> quality = JsonFields.optionalText(egv, "status").map(STATUSES::get);
        sample = trend.map(sample::withTrend).orElse(sample);
        return List.of(quality.map(sample::withQuality).orElse(sample));
    }

    /**
     * The span holding EGVs according to a {@code dataRange} document, as a half-open window ending just after
     * the latest EGV; empty when the user has no EGVs.
     */
    public Optional<SyncWindow> egvRange(JsonNode dataRange) {
        JsonNode egvs = dataRange.path("egvs");
        if (egvs.isMissingNode() || egvs.isNull()) {
            return Optional.empty();
        }
        Instant start = DeviceTime.parse(JsonFields.text(egvs.path("start"), "systemTime"), "egvs.start").instant();
        Instant end = DeviceTime.parse(JsonFields.text(egvs.path("end"), "systemTime"), "egvs.end").instant();
        return end.isBefore(start) ? Optional.empty() : Optional.of(new SyncWindow(start, end.plusSeconds(1)));
    }

    /** The devices of a {@code devices} response's records, skipping unreadable ones. */
    public List<DexcomDevice> devices(List<JsonNode> records) {
        return RecordMapping.mapEach(DexcomConnector.ID, "devices", records, record -> List.of(new DexcomDevice(
                JsonFields.optionalText(record, "transmitterGeneration").orElse("unknown"),
                JsonFields.optionalText(record, "displayDevice").orElse("unknown"),
                JsonFields.optionalText(record, "lastUploadDate")
                        .map(text -> DeviceTime.parse(text, "lastUploadDate").instant()))));
    }

    private static double toMgDl(double value, String unit) {
        if ("mmol/L".equals(unit)) {
            return GlucoseUnit.MMOL_L.toMgDl(value);
        }
        if ("mg/dL".equals(unit)) {
            return value;
        }
        throw new MalformedRecordException("unknown glucose unit '" + unit + "'");
    }

    /** A Dexcom date-time, with an offset (apps) or without (receivers, meaning UTC for systemTime). */
    private record DeviceTime(LocalDateTime wallClock, Optional<ZoneOffset> offset) {

        private static final int DATE_LENGTH = "yyyy-MM-dd".length();

        static DeviceTime parse(String text, String field) {
            try {
                if (hasOffset(text)) {
                    OffsetDateTime withOffset = OffsetDateTime.parse(text);
                    return new DeviceTime(withOffset.toLocalDateTime(), Optional.of(withOffset.getOffset()));
                }
                return new DeviceTime(LocalDateTime.parse(text), Optional.empty());
            } catch (DateTimeParseException unreadable) {
                throw new MalformedRecordException("field '" + field + "' is not an ISO date-time");
            }
        }

        /** Whether an ISO date-time ends in an offset: {@code Z}, or a sign after the date's own hyphens. */
        private static boolean hasOffset(String text) {
            return text.endsWith("Z") || text.lastIndexOf('+') > DATE_LENGTH || text.lastIndexOf('-') > DATE_LENGTH;
        }

        Instant instant() {
            return wallClock.toInstant(offset.orElse(ZoneOffset.UTC));
        }

        LocalDateTime utcWallClock() {
            return LocalDateTime.ofInstant(instant(), ZoneOffset.UTC);
        }
    }
}

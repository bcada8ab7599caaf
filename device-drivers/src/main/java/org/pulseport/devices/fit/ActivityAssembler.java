package org.pulseport.devices.fit;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.pulseport.core.activity.Activity;
import org.pulseport.core.activity.ActivitySummary;
import org.pulseport.core.activity.Channel;
import org.pulseport.core.activity.DeviceIdentity;
import org.pulseport.core.activity.Efforts;
import org.pulseport.core.activity.Lap;
import org.pulseport.core.activity.RecordStreams;
import org.pulseport.core.model.Sport;

/**
 * Builds an {@link Activity} from decoded FIT messages fed one at a time, so a long recording never has to be
 * held as messages: records go straight into primitive columns.
 */
final class ActivityAssembler {

    private static final int MAX_OFFSET_SECONDS = 18 * 3600;

    private final RecordStreams.Builder records = RecordStreams.builder();
    private final List<Lap> laps = new ArrayList<>();
    private final List<FitMessage> sessions = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private FitMessage fileId;
    private FitMessage activity;
    private long firstRecord = -1;
    private long lastRecord = -1;
    private int recordsWithoutTime;

    void accept(FitMessage message) {
        switch (message.name()) {
            case "record": record(message); break;
            case "lap": laps.add(lap(message)); break;
            case "session": sessions.add(message); break;
            case "activity": activity = message; break;
            case "file_id": fileId = fileId == null ? message : fileId; break;
            default: break;
        }
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    ActivityImport finish() {
        if (recordsWithoutTime > 0) {
            warnings.add(recordsWithoutTime + " record messages without a timestamp were skipped");
        }
        RecordStreams streams = records.build();
        if (sessions.isEmpty() && streams.size() == 0) {
            String context = warnings.isEmpty() ? "" : "; " + String.join("; ", warnings);
            return new ActivityImport.Rejected("the file has neither a session nor record messages" + context);
        }
        return new ActivityImport.Imported(new Activity(summary(streams), laps, streams), warnings);
    }

    private void record(FitMessage message) {
        OptionalLong timestamp = message.raw("timestamp");
        if (timestamp.isEmpty()) {
            recordsWithoutTime++;
            return;
        }
        long epochSecond = FitTime.toInstant(timestamp.getAsLong()).getEpochSecond();
        firstRecord = firstRecord < 0 ? epochSecond : firstRecord;
        lastRecord = epochSecond;
        records.add(epochSecond);
        set(Channel.HEART_RATE, message.value("heart_rate"));
        set(Channel.POWER, message.value("power"));
        set(Channel.CADENCE, message.value("cadence"));
        set(Channel.SPEED, either(message, "enhanced_speed", "speed"));
        set(Channel.DISTANCE, message.value("distance"));
        set(Channel.ALTITUDE, either(message, "enhanced_altitude", "altitude"));
        set(Channel.TEMPERATURE, message.value("temperature"));
        OptionalLong lat = message.raw("position_lat");
        OptionalLong lon = message.raw("position_long");
        if (lat.isPresent() && lon.isPresent()) {
            records.set(Channel.LATITUDE, Semicircles.toDegrees(lat.getAsLong()));
            records.set(Channel.LONGITUDE, Semicircles.toDegrees(lon.getAsLong()));
        }
    }

    private void set(Channel channel, OptionalDouble value) {
        if (value.isPresent()) {
            records.set(channel, value.getAsDouble());
        }
    }

    private static OptionalDouble either(FitMessage message, String preferred, String fallback) {
        OptionalDouble value = message.value(preferred);
        return value.isPresent() ? value : message.value(fallback);
    }

    private static Lap lap(FitMessage lap) {
        return new Lap(time(lap, "start_time").orElse(time(lap, "timestamp").orElse(Instant.EPOCH)),
                duration(lap, "total_elapsed_time"), duration(lap, "total_timer_time"),
                lap.value("total_distance"), efforts(lap), integer(lap, "total_calories"));
    }

    private ActivitySummary summary(RecordStreams streams) {
        Instant start;
        Duration elapsed;
        Duration timer;
        if (sessions.isEmpty()) {
            start = Instant.ofEpochSecond(firstRecord);
            elapsed = Duration.ofSeconds(lastRecord - firstRecord);
            timer = elapsed;
            warnings.add("the file has no session message; totals come from the " + streams.size() + " records");
        } else {
            FitMessage first = sessions.get(0);
            start = time(first, "start_time").orElse(Instant.ofEpochSecond(Math.max(firstRecord, 0)));
            elapsed = sessions.stream().map(s -> duration(s, "total_elapsed_time")).reduce(Duration.ZERO, Duration::plus);
            timer = sessions.stream().map(s -> duration(s, "total_timer_time")).reduce(Duration.ZERO, Duration::plus);
        }
        Sport sport = sessions.size() > 1 ? Sport.MULTISPORT
                : sessions.stream().findFirst().map(s -> FitSports.CODES.constant(s.raw("sport").orElse(0))).orElse(Sport.OTHER);
        return new ActivitySummary(sport, start, utcOffset(), elapsed, timer,
                sum("total_distance"), sessions.size() == 1 ? efforts(sessions.get(0)) : Efforts.none(),
                sum("total_ascent"), integerSum("total_calories"), device());
    }

    private OptionalDouble sum(String field) {
        return sessions.stream().map(s -> s.value(field)).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).reduce(Double::sum);
    }

    private OptionalInt integerSum(String field) {
        OptionalDouble total = sum(field);
        return total.isPresent() ? OptionalInt.of((int) total.getAsDouble()) : OptionalInt.empty();
    }

    /** The offset the device was in: local_timestamp minus timestamp of the activity message. */
    private ZoneOffset utcOffset() {
        if (activity == null) {
            return ZoneOffset.UTC;
        }
        OptionalLong local = activity.raw("local_timestamp");
        OptionalLong utc = activity.raw("timestamp");
        if (local.isEmpty() || utc.isEmpty() || Math.abs(local.getAsLong() - utc.getAsLong()) > MAX_OFFSET_SECONDS) {
            return ZoneOffset.UTC;
        }
        return ZoneOffset.ofTotalSeconds((int) (local.getAsLong() - utc.getAsLong()));
    }

    private Optional<DeviceIdentity> device() {
        if (fileId == null) {
            return Optional.empty();
        }
        OptionalInt manufacturer = integer(fileId, "manufacturer");
        OptionalInt product = integer(fileId, "product");
        OptionalLong serial = fileId.raw("serial_number");
        if (manufacturer.isEmpty() && product.isEmpty() && serial.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DeviceIdentity(manufacturer, product, serial));
    }

    private static Efforts efforts(FitMessage message) {
        return new Efforts(integer(message, "avg_heart_rate"), integer(message, "max_heart_rate"),
                integer(message, "avg_power"), integer(message, "max_power"), integer(message, "avg_cadence"));
    }

    private static OptionalInt integer(FitMessage message, String field) {
        OptionalDouble value = message.value(field);
        return value.isPresent() ? OptionalInt.of((int) Math.round(value.getAsDouble())) : OptionalInt.empty();
    }

    private static Duration duration(FitMessage message, String field) {
        OptionalLong millis = message.raw(field);
        return millis.isPresent() ? Duration.ofMillis(millis.getAsLong()) : Duration.ZERO;
    }

    private static Optional<Instant> time(FitMessage message, String field) {
        OptionalLong raw = message.raw(field);
        return raw.isPresent() ? Optional.of(FitTime.toInstant(raw.getAsLong())) : Optional.empty();
    }
}

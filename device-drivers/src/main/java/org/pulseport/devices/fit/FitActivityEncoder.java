package org.pulseport.devices.fit;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.pulseport.core.activity.Activity;
import org.pulseport.core.activity.ActivitySummary;
import org.pulseport.core.activity.Channel;
import org.pulseport.core.activity.Efforts;
import org.pulseport.core.activity.Lap;
import org.pulseport.core.activity.RecordStreams;

/**
 * Writes an {@link Activity} as a FIT activity file for export: file_id, one record per sample, the laps, one
 * session and the activity message. Speed and altitude go into the 32-bit enhanced fields.
 */
public final class FitActivityEncoder {

    private static final int FILE_TYPE_ACTIVITY = 4;
    private static final int EVENT_TIMER = 0;
    private static final int EVENT_ACTIVITY = 26;
    private static final int EVENT_TYPE_STOP = 1;
    private static final int EVENT_TYPE_STOP_ALL = 4;

    private final FitProfile profile;

    public FitActivityEncoder(FitProfile profile) {
        this.profile = profile;
    }

    public byte[] encode(Activity activity) {
        ActivitySummary summary = activity.summary();
        FitWriter writer = FitWriter.littleEndian();
        writer.write(fileId(summary));
        writeRecords(activity.records(), writer);
        for (Lap lap : activity.laps()) {
            writer.write(totals("lap", lap.start(), lap.elapsed(), lap.timer(), lap.distanceMeters(), lap.efforts(),
                    lap.calories()).raw("event", EVENT_TIMER).raw("event_type", EVENT_TYPE_STOP));
        }
        Instant end = summary.start().plus(summary.elapsed());
        FitMessageBuilder session = totals("session", summary.start(), summary.elapsed(), summary.timer(),
                summary.distanceMeters(), summary.efforts(), summary.calories())
                .raw("event", EVENT_TIMER).raw("event_type", EVENT_TYPE_STOP)
                .raw("sport", FitSports.CODES.code(summary.sport()))
                .raw("num_laps", activity.laps().size());
        summary.ascentMeters().ifPresent(ascent -> session.value("total_ascent", ascent));
        writer.write(session);
        writer.write(FitMessageBuilder.of(profile, "activity")
                .raw("timestamp", FitTime.toFit(end))
                .raw("total_timer_time", summary.timer().toMillis())
                .raw("num_sessions", 1)
                .raw("type", 0)
                .raw("event", EVENT_ACTIVITY)
                .raw("event_type", EVENT_TYPE_STOP_ALL)
                .raw("local_timestamp", FitTime.toFit(end) + summary.utcOffset().getTotalSeconds()));
        return writer.toBytes();
    }

    private FitMessageBuilder fileId(ActivitySummary summary) {
        FitMessageBuilder fileId = FitMessageBuilder.of(profile, "file_id")
                .raw("type", FILE_TYPE_ACTIVITY)
                .raw("time_created", FitTime.toFit(summary.start()));
        summary.device().ifPresent(device -> {
            device.manufacturer().ifPresent(m -> fileId.raw("manufacturer", m));
            device.product().ifPresent(p -> fileId.raw("product", p));
            device.serialNumber().ifPresent(s -> fileId.raw("serial_number", s));
        });
        return fileId;
    }

    private void writeRecords(RecordStreams records, FitWriter writer) {
        double[] heartRate = records.column(Channel.HEART_RATE);
        double[] power = records.column(Channel.POWER);
        double[] cadence = records.column(Channel.CADENCE);
        double[] speed = records.column(Channel.SPEED);
        double[] distance = records.column(Channel.DISTANCE);
        double[] altitude = records.column(Channel.ALTITUDE);
        double[] latitude = records.column(Channel.LATITUDE);
        double[] longitude = records.column(Channel.LONGITUDE);
        double[] temperature = records.column(Channel.TEMPERATURE);
        long[] times = records.epochSeconds();
        for (int i = 0; i < times.length; i++) {
            FitMessageBuilder record = FitMessageBuilder.of(profile, "record")
                    .raw("timestamp", FitTime.toFit(Instant.ofEpochSecond(times[i])));
            if (!Double.isNaN(latitude[i]) && !Double.isNaN(longitude[i])) {
                record.raw("position_lat", Semicircles.fromDegrees(latitude[i]))
                        .raw("position_long", Semicircles.fromDegrees(longitude[i]));
            }
            put(record, "heart_rate", heartRate[i]);
            put(record, "cadence", cadence[i]);
            put(record, "power", power[i]);
            put(record, "distance", distance[i]);
            put(record, "enhanced_speed", speed[i]);
            put(record, "enhanced_altitude", altitude[i]);
            put(record, "temperature", temperature[i]);
            writer.write(record);
        }
    }

    private static void put(FitMessageBuilder message, String field, double value) {
        if (!Double.isNaN(value)) {
            message.value(field, value);
        }
    }

    private FitMessageBuilder totals(String name, Instant start, Duration elapsed, Duration timer, OptionalDouble distance,
                                     Efforts efforts, OptionalInt calories) {
        FitMessageBuilder message = FitMessageBuilder.of(profile, name)
                .raw("timestamp", FitTime.toFit(start.plus(elapsed)))
                .raw("start_time", FitTime.toFit(start))
                .raw("total_elapsed_time", elapsed.toMillis())
                .raw("total_timer_time", timer.toMillis());
        distance.ifPresent(d -> message.value("total_distance", d));
        calories.ifPresent(c -> message.raw("total_calories", c));
        efforts.avgHeartRate().ifPresent(v -> message.raw("avg_heart_rate", v));
        efforts.maxHeartRate().ifPresent(v -> message.raw("max_heart_rate", v));
        efforts.avgPower().ifPresent(v -> message.raw("avg_power", v));
        efforts.maxPower().ifPresent(v -> message.raw("max_power", v));
        efforts.avgCadence().ifPresent(v -> message.raw("avg_cadence", v));
        return message;
    }
}

package org.pulseport.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.pulseport.core.activity.Activity;
import org.pulseport.core.activity.ActivitySummary;
import org.pulseport.core.activity.Channel;
import org.pulseport.core.activity.Efforts;
import org.pulseport.core.activity.RecordStreams;
import org.pulseport.core.model.Sport;
import org.pulseport.devices.fit.FitActivityEncoder;
import org.pulseport.devices.fit.FitProfile;

/**
 * A deterministic six-hour ride sampled at 1 Hz with every record channel, encoded by Pulseport's FIT encoder:
 * the synthetic input of the FIT decode benchmark. {@code main} writes it to a file for other decoders.
 */
public final class SyntheticRide {

    public static final int SECONDS = 6 * 3600;

    private SyntheticRide() {
    }

    public static byte[] fitFile() {
        Instant start = Instant.parse("2024-06-01T06:00:00Z");
        RecordStreams.Builder records = RecordStreams.builder();
        double distance = 0;
        for (int t = 0; t < SECONDS; t++) {
            double speed = 8 + 2 * Math.sin(t / 300.0);
            distance += speed;
            records.add(start.getEpochSecond() + t)
                    .set(Channel.HEART_RATE, 120 + (int) (20 * Math.sin(t / 600.0)))
                    .set(Channel.POWER, 180 + (int) (60 * Math.sin(t / 120.0)))
                    .set(Channel.CADENCE, 85 + t % 7)
                    .set(Channel.SPEED, Math.round(speed * 1000) / 1000.0)
                    .set(Channel.DISTANCE, Math.round(distance * 100) / 100.0)
                    .set(Channel.ALTITUDE, 300 + 50 * Math.sin(t / 900.0))
                    .set(Channel.LATITUDE, 47.0 + t * 1e-5)
                    .set(Channel.LONGITUDE, 8.0 + t * 1e-5)
                    .set(Channel.TEMPERATURE, 18 + t / 3600);
        }
        Duration elapsed = Duration.ofSeconds(SECONDS);
        ActivitySummary summary = new ActivitySummary(Sport.CYCLING, start, ZoneOffset.ofHours(2), elapsed, elapsed,
                OptionalDouble.of(Math.round(distance * 100) / 100.0),
                new Efforts(OptionalInt.of(120), OptionalInt.of(140), OptionalInt.of(180), OptionalInt.of(240), OptionalInt.of(88)),
                OptionalDouble.of(1200), OptionalInt.of(4300), Optional.empty());
        return new FitActivityEncoder(FitProfile.standard()).encode(new Activity(summary, List.of(), records.build()));
    }

    /** Writes the ride to the file named by the first argument. */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "synthetic-6h-ride.fit");
        Files.write(target, fitFile());
        System.out.println("wrote " + Files.size(target) + " bytes to " + target.toAbsolutePath());
    }
}

package org.pulseport.app.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.pulseport.core.activity.Activity;
import org.pulseport.core.activity.ActivitySummary;
import org.pulseport.core.activity.Channel;
import org.pulseport.core.activity.Efforts;
import org.pulseport.core.activity.RecordStreams;
import org.pulseport.core.model.Profile;
import org.pulseport.core.model.Sport;
import org.pulseport.devices.fit.FitActivityEncoder;

/**
 * The demo's completed rides: four generated 1 Hz rides of the last ten days (warm-up, efforts, cool-down, with
 * heart rate following power), written as real FIT files and imported the way a user's files are.
 */
public final class DemoActivities implements DemoData.Extra {

    private static final int[] DAYS_AGO = {1, 3, 5, 8};
    private static final int[] MINUTES = {75, 60, 120, 90};

    private final ActivityImporter importer;
    private final ActivityLibrary library;
    private final FitActivityEncoder encoder;
    private final Path staging;
    private final Clock clock;

    public DemoActivities(ActivityImporter importer, ActivityLibrary library, FitActivityEncoder encoder, Path staging,
                          Clock clock) {
        this.importer = importer;
        this.library = library;
        this.encoder = encoder;
        this.staging = staging;
        this.clock = clock;
    }

    @Override
    public void ensure(Profile demo) {
        if (!library.list(demo.id()).isEmpty()) {
            return;
        }
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(staging);
            for (int i = 0; i < DAYS_AGO.length; i++) {
                Instant start = LocalDate.now(clock.withZone(demo.timeZone())).minusDays(DAYS_AGO[i]).atTime(17, 15)
                        .atZone(demo.timeZone()).toInstant();
                Path file = staging.resolve("demo-ride-" + (i + 1) + ".fit");
                Files.write(file, encoder.encode(ride(demo, start, MINUTES[i] * 60, i)));
                files.add(file);
            }
            importer.importFiles(demo.id(), files);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the demo rides", e);
        } finally {
            files.forEach(file -> file.toFile().delete());
        }
    }

    private static Activity ride(Profile demo, Instant start, int seconds, int seed) {
        RecordStreams.Builder records = RecordStreams.builder();
        double distance = 0;
        double altitude = 240;
        double heartRate = 95;
        double powerSum = 0;
        int maxPower = 0;
        double hrSum = 0;
        int maxHr = 0;
        for (int t = 0; t < seconds; t++) {
            double power = power(t, seconds, seed);
            heartRate += (70 + 0.42 * power - heartRate) / 45.0;
            double grade = 0.02 * Math.sin((t + seed * 400) / 700.0);
            double speed = Math.max(3, 7.5 + power / 60.0 - 120 * grade);
            distance += speed;
            altitude += speed * grade;
            records.add(start.getEpochSecond() + t)
                    .set(Channel.POWER, Math.round(power))
                    .set(Channel.HEART_RATE, Math.round(heartRate))
                    .set(Channel.CADENCE, power < 40 ? 0 : 82 + (t * 7 + seed) % 9)
                    .set(Channel.SPEED, Math.round(speed * 1000) / 1000.0)
                    .set(Channel.DISTANCE, Math.round(distance * 100) / 100.0)
                    .set(Channel.ALTITUDE, Math.round(altitude * 10) / 10.0);
            powerSum += power;
            hrSum += heartRate;
            maxPower = Math.max(maxPower, (int) Math.round(power));
            maxHr = Math.max(maxHr, (int) Math.round(heartRate));
        }
        Duration elapsed = Duration.ofSeconds(seconds);
        ActivitySummary summary = new ActivitySummary(Sport.CYCLING, start, demo.timeZone().getRules().getOffset(start),
                elapsed, elapsed, OptionalDouble.of(Math.round(distance)),
                new Efforts(OptionalInt.of((int) Math.round(hrSum / seconds)), OptionalInt.of(maxHr),
                        OptionalInt.of((int) Math.round(powerSum / seconds)), OptionalInt.of(maxPower), OptionalInt.of(86)),
                OptionalDouble.of(seconds / 12.0), OptionalInt.of((int) Math.round(powerSum / 1000 * 1.1)), Optional.empty());
        return new Activity(summary, List.of(), records.build());
    }

    /** Watts at second {@code t}: 10 min warm-up, blocks of efforts and recoveries, 10 min cool-down. */
    private static double power(int t, int seconds, int seed) {
        double wobble = 12 * Math.sin(t / 9.0 + seed) + 6 * Math.sin(t / 2.3);
        if (t < 600) {
            return 110 + t / 600.0 * 60 + wobble;
        }
        if (t > seconds - 600) {
            return 120 + wobble;
        }
        int block = (t - 600) / 600;
        boolean effort = block % 2 == seed % 2;
        return (effort ? 235 + 10 * seed : 150) + wobble;
    }
}

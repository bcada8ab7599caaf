package org.pulseport.devices.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.pulseport.core.activity.Activity;
import org.pulseport.core.activity.ActivitySummary;
import org.pulseport.core.activity.Channel;
import org.pulseport.core.activity.DeviceIdentity;
import org.pulseport.core.activity.Efforts;
import org.pulseport.core.activity.Lap;
import org.pulseport.core.activity.RecordStreams;
import org.pulseport.core.model.Sport;

/**
 * Whatever activity the encoder writes, the decoder and mapper read back equal. Generated values are in the
 * resolution FIT stores (milliseconds, centimetres, semicircles, 1/5 m altitude, mm/s speed).
 */
class FitActivityRoundTripTest {

    private record Timing(Sport sport, ZoneOffset offset, Duration elapsed, Duration timer) {
    }

    private static final long EARLIEST = FitTime.toInstant(FitTime.MIN_ABSOLUTE).getEpochSecond();

    private final FitActivityEncoder encoder = new FitActivityEncoder(FitProfile.standard());
    private final FitActivityMapper mapper = new FitActivityMapper(FitDecoder.standard());

    @Property(tries = 150)
    void encodedActivitiesDecodeEqual(@ForAll("activities") Activity activity) {
        byte[] file = encoder.encode(activity);

        ActivityImport result = mapper.read(new ByteArrayInputStream(file));

        assertThat(result).isInstanceOf(ActivityImport.Imported.class);
        assertThat(((ActivityImport.Imported) result).activity()).isEqualTo(activity);
        assertThat(((ActivityImport.Imported) result).warnings()).isEmpty();
    }

    @Provide
    Arbitrary<Activity> activities() {
        Arbitrary<Long> start = Arbitraries.longs().between(EARLIEST, EARLIEST + 1_500_000_000L);
        return start.flatMap(epoch -> Combinators.combine(summary(Instant.ofEpochSecond(epoch)), laps(epoch), streams(epoch))
                .as(Activity::new));
    }

    private static Arbitrary<ActivitySummary> summary(Instant start) {
        Arbitrary<ZoneOffset> offsets = Arbitraries.integers().between(-48, 56).map(q -> ZoneOffset.ofTotalSeconds(q * 900));
        Arbitrary<Duration> durations = Arbitraries.longs().between(0, 360_000_000L).map(Duration::ofMillis);
        Arbitrary<OptionalDouble> distance = optionalDouble(Arbitraries.integers().between(0, 100_000_000).map(cm -> cm / 100.0));
        Arbitrary<OptionalDouble> ascent = optionalDouble(Arbitraries.integers().between(0, 9000).map(m -> (double) m));
        Arbitrary<Timing> timing = Combinators.combine(Arbitraries.of(Sport.class), offsets, durations, durations).as(Timing::new);
        return Combinators.combine(timing, distance, efforts(), ascent, optionalInt(0, 20_000), device())
                .as((t, meters, effort, climb, kcal, device) ->
                        new ActivitySummary(t.sport(), start, t.offset(), t.elapsed(), t.timer(), meters, effort, climb, kcal, device));
    }

    private static Arbitrary<List<Lap>> laps(long startEpoch) {
        Arbitrary<Lap> lap = Combinators.combine(Arbitraries.longs().between(0, 20_000), Arbitraries.longs().between(0, 9_000_000L),
                        Arbitraries.longs().between(0, 9_000_000L),
                        optionalDouble(Arbitraries.integers().between(0, 5_000_000).map(cm -> cm / 100.0)), efforts(),
                        optionalInt(0, 5000))
                .as((offset, elapsed, timer, meters, effort, kcal) -> new Lap(Instant.ofEpochSecond(startEpoch + offset),
                        Duration.ofMillis(elapsed), Duration.ofMillis(timer), meters, effort, kcal));
        return lap.list().ofMaxSize(5);
    }

    private static Arbitrary<Efforts> efforts() {
        return Combinators.combine(optionalInt(30, 250), optionalInt(30, 250), optionalInt(0, 2000), optionalInt(0, 2000),
                optionalInt(0, 250)).as(Efforts::new);
    }

    private static Arbitrary<Optional<DeviceIdentity>> device() {
        Arbitrary<DeviceIdentity> identity = Combinators.combine(optionalInt(1, 300), optionalInt(0, 65_000),
                Arbitraries.longs().between(1, 4_000_000_000L).injectNull(0.3))
                .as((m, p, s) -> new DeviceIdentity(m, p, s == null ? OptionalLong.empty() : OptionalLong.of(s)));
        return identity.filter(d -> d.manufacturer().isPresent() || d.product().isPresent() || d.serialNumber().isPresent())
                .optional();
    }

    /** 0 to 300 one-second samples; each channel present in a random subset of them. */
    private static Arbitrary<RecordStreams> streams(long startEpoch) {
        Arbitrary<double[]> row = Combinators.combine(
                nanOr(Arbitraries.integers().between(30, 250).map(v -> (double) v)),
                nanOr(Arbitraries.integers().between(0, 2500).map(v -> (double) v)),
                nanOr(Arbitraries.integers().between(0, 250).map(v -> (double) v)),
                nanOr(Arbitraries.integers().between(0, 40_000).map(v -> v / 1000.0)),
                nanOr(Arbitraries.integers().between(0, 100_000_000).map(v -> v / 100.0)),
                nanOr(Arbitraries.integers().between(0, 50_000).map(v -> v / 5.0 - 500)),
                nanOr(Arbitraries.integers().between(-1_073_741_823, 1_073_741_823).map(s -> s * 180.0 / 2147483648.0)),
                nanOr(Arbitraries.integers().between(-30, 50).map(v -> (double) v)))
                .as((hr, power, cadence, speed, distance, altitude, latitude, temperature) ->
                        new double[] {hr, power, cadence, speed, distance, altitude, latitude, temperature});
        return row.list().ofMaxSize(300).map(rows -> {
            RecordStreams.Builder builder = RecordStreams.builder();
            for (int i = 0; i < rows.size(); i++) {
                double[] v = rows.get(i);
                builder.add(startEpoch + i);
                set(builder, Channel.HEART_RATE, v[0]);
                set(builder, Channel.POWER, v[1]);
                set(builder, Channel.CADENCE, v[2]);
                set(builder, Channel.SPEED, v[3]);
                set(builder, Channel.DISTANCE, v[4]);
                set(builder, Channel.ALTITUDE, v[5]);
                set(builder, Channel.LATITUDE, v[6]);
                set(builder, Channel.LONGITUDE, -v[6]);
                set(builder, Channel.TEMPERATURE, v[7]);
            }
            return builder.build();
        });
    }

    private static void set(RecordStreams.Builder builder, Channel channel, double value) {
        if (!Double.isNaN(value)) {
            builder.set(channel, value);
        }
    }

    private static Arbitrary<Double> nanOr(Arbitrary<Double> values) {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just(Double.NaN)), net.jqwik.api.Tuple.of(4, values));
    }

    private static Arbitrary<OptionalInt> optionalInt(int min, int max) {
        return Arbitraries.integers().between(min, max).optional().map(o -> o.map(OptionalInt::of).orElse(OptionalInt.empty()));
    }

    private static Arbitrary<OptionalDouble> optionalDouble(Arbitrary<Double> values) {
        return values.optional().map(o -> o.map(OptionalDouble::of).orElse(OptionalDouble.empty()));
    }
}

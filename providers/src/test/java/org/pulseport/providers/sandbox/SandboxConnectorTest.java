package org.pulseport.providers.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pulseport.core.connector.Credentials;
import org.pulseport.core.connector.FetchRequest;
import org.pulseport.core.connector.SourceConnector;
import org.pulseport.core.connector.SourceRef;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Sample;
import org.pulseport.core.model.SyncWindow;

class SandboxConnectorTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private final SandboxConnector connector = new SandboxConnector(ZONE, 7);

    private List<Sample> fetch(Instant from, Instant to) {
        FetchRequest request = new FetchRequest(new SourceRef(3, 9), new Credentials.None(), new SyncWindow(from, to));
        try (var stream = connector.fetch(request)) {
            return stream.collect(Collectors.toList());
        }
    }

    private static List<Sample> glucose(List<Sample> samples) {
        return samples.stream().filter(s -> s.metric() == MetricType.GLUCOSE).collect(Collectors.toList());
    }

    @Test
    void deliversOneGlucoseReadingEveryFiveMinutesAlignedToTheClock() {
        List<Sample> g = glucose(fetch(START, START.plus(Duration.ofDays(1))));
        assertThat(g).hasSize(288);
        assertThat(g).allSatisfy(s -> {
            assertThat(s.recordedAt().getEpochSecond() % 300).isZero();
            assertThat(s.profileId()).isEqualTo(3);
            assertThat(s.sourceId()).isEqualTo(9);
            assertThat(s.unit()).isEqualTo("mg/dL");
            assertThat(s.trend()).isPresent();
            assertThat(s.utcOffset()).isEqualTo(ZONE.getRules().getOffset(s.recordedAt()));
        });
    }

    @Test
    void overlappingWindowsProduceIdenticalSamples() {
        List<Sample> whole = fetch(START, START.plus(Duration.ofDays(2)));
        List<Sample> secondHalf = fetch(START.plus(Duration.ofDays(1)), START.plus(Duration.ofDays(2)));
        assertThat(whole).containsAll(secondHalf);
        assertThat(fetch(START, START.plus(Duration.ofDays(2)))).isEqualTo(whole);
    }

    @Test
    void glucoseLooksClinicallyPlausibleOverNinetyDays() {
        List<Sample> g = glucose(fetch(START, START.plus(Duration.ofDays(90))));
        double[] values = g.stream().mapToDouble(Sample::value).toArray();
        double mean = java.util.Arrays.stream(values).average().orElseThrow();
        long inRange = java.util.Arrays.stream(values).filter(v -> v >= 70 && v <= 180).count();
        long low = java.util.Arrays.stream(values).filter(v -> v < 70).count();
        long high = java.util.Arrays.stream(values).filter(v -> v > 180).count();
        assertThat(values).hasSize(90 * 288);
        assertThat(mean).isBetween(110.0, 160.0);
        assertThat(100.0 * inRange / values.length).isBetween(60.0, 95.0);
        assertThat(low).isPositive();
        assertThat(high).isPositive();
        assertThat(java.util.Arrays.stream(values).min().orElseThrow()).isGreaterThanOrEqualTo(40);
        assertThat(java.util.Arrays.stream(values).max().orElseThrow()).isLessThanOrEqualTo(400);
    }

    @Test
    void deliversEachDailyMetricOncePerLocalDayWithTheDayKept() {
        List<Sample> daily = fetch(START, START.plus(Duration.ofDays(7))).stream()
                .filter(s -> s.metric() != MetricType.GLUCOSE).collect(Collectors.toList());
        assertThat(daily).hasSize(7 * 13);
        assertThat(daily).allSatisfy(s -> {
            assertThat(s.day()).contains(s.recordedAt().atZone(ZONE).toLocalDate());
            assertThat(s.unit()).isEqualTo(s.metric().ucumUnit());
        });
        assertThat(daily.stream().filter(s -> s.metric() == MetricType.RESTING_HEART_RATE))
                .allSatisfy(s -> assertThat(s.value()).isBetween(44.0, 80.0));
        assertThat(daily.stream().filter(s -> s.metric() == MetricType.SLEEP_DURATION))
                .allSatisfy(s -> assertThat(s.value()).isBetween(4.5 * 3600, 9.8 * 3600));
    }

    @Test
    void isRegisteredForTheServiceLoader() {
        assertThat(ServiceLoader.load(SourceConnector.class).stream().map(ServiceLoader.Provider::get)
                .map(SourceConnector::id)).contains("sandbox");
    }
}

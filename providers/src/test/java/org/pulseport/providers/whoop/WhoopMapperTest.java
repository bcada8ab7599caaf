package org.pulseport.providers.whoop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Sample;
import org.pulseport.providers.testing.Fixtures;
import org.pulseport.providers.testing.Requests;

class WhoopMapperTest {

    private final ObjectMapper json = new ObjectMapper();
    private final WhoopMapper mapper = new WhoopMapper();

    private JsonNode record(String fixture, int index) throws Exception {
        return json.readTree(Fixtures.read(fixture)).path("records").get(index);
    }

    private static Map<MetricType, Double> values(List<Sample> samples) {
        return samples.stream().collect(Collectors.toMap(Sample::metric, Sample::value));
    }

    @Test
    void cycleStrainUsesTheMembersOffsetAndLocalDay() throws Exception {
        Sample strain = mapper.map(WhoopCollection.CYCLE, record("whoop/cycle_page1.json", 0), Requests.SOURCE).get(0);

        assertThat(strain.metric()).isEqualTo(MetricType.STRAIN);
        assertThat(strain.value()).isEqualTo(13.4712);
        assertThat(strain.recordedAt()).isEqualTo(Instant.parse("2024-03-02T06:25:44.774Z"));
        assertThat(strain.utcOffset()).isEqualTo(ZoneOffset.ofHours(-5));
        assertThat(strain.day()).contains(LocalDate.parse("2024-03-02"));
    }

    @Test
    void unscoredRecordsGiveNothing() throws Exception {
        assertThat(mapper.map(WhoopCollection.CYCLE, record("whoop/cycle_page1.json", 1), Requests.SOURCE)).isEmpty();
    }

    @Test
    void recoveryMapsScoreRestingHeartRateHrvAndSpo2() throws Exception {
        List<Sample> samples = mapper.map(WhoopCollection.RECOVERY, record("whoop/recovery.json", 0), Requests.SOURCE);

        assertThat(values(samples)).containsExactlyInAnyOrderEntriesOf(Map.of(
                MetricType.RECOVERY_SCORE, 44.0, MetricType.RESTING_HEART_RATE, 64.0,
                MetricType.HRV_RMSSD, 31.813562, MetricType.SPO2, 95.6875));
        assertThat(samples).allSatisfy(s -> assertThat(s.recordedAt()).isEqualTo(Instant.parse("2024-03-02T11:25:44.774Z")));
        assertThat(samples).filteredOn(s -> s.metric() == MetricType.RECOVERY_SCORE).extracting(Sample::unit)
                .containsExactly("%");
    }

    @Test
    void sleepDurationIsTheSumOfSleepStagesInSeconds() throws Exception {
        List<Sample> samples = mapper.map(WhoopCollection.SLEEP, record("whoop/sleep.json", 0), Requests.SOURCE);

        assertThat(values(samples)).containsExactlyInAnyOrderEntriesOf(Map.of(
                MetricType.SLEEP_DURATION, 27000.0, MetricType.RESPIRATORY_RATE, 16.11328125,
                MetricType.SLEEP_SCORE, 98.0));
        assertThat(samples).allSatisfy(s -> {
            assertThat(s.recordedAt()).isEqualTo(Instant.parse("2024-03-02T11:00:00Z"));
            assertThat(s.day()).contains(LocalDate.parse("2024-03-02"));
        });
    }

    @Test
    void napsAreNotDailySleep() throws Exception {
        assertThat(mapper.map(WhoopCollection.SLEEP, record("whoop/sleep.json", 1), Requests.SOURCE)).isEmpty();
    }

    @Test
    void workoutKilojoulesBecomeKilocalories() throws Exception {
        List<Sample> samples = mapper.map(WhoopCollection.WORKOUT, record("whoop/workout.json", 0), Requests.SOURCE);

        assertThat(values(samples).get(MetricType.ACTIVE_ENERGY)).isCloseTo(375.08, within(0.01));
        assertThat(values(samples).get(MetricType.DISTANCE)).isCloseTo(1772.77, within(0.01));
        assertThat(samples).filteredOn(s -> s.metric() == MetricType.ACTIVE_ENERGY).extracting(Sample::unit)
                .containsExactly("kcal");
    }

    @Test
    void bodyMeasurementWeightInKilograms() throws Exception {
        Instant now = Instant.parse("2024-03-04T12:00:00Z");
        JsonNode body = json.readTree(Fixtures.read("whoop/body_measurement.json"));

        assertThat(mapper.mapBodyMeasurement(body, Requests.SOURCE, now)).singleElement().satisfies(weight -> {
            assertThat(weight.metric()).isEqualTo(MetricType.WEIGHT);
            assertThat(weight.value()).isEqualTo(90.7185);
            assertThat(weight.unit()).isEqualTo("kg");
            assertThat(weight.recordedAt()).isEqualTo(now);
        });
    }
}

package org.pulseport.providers.oura;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.pulseport.providers.http.MalformedRecordException;
import org.pulseport.providers.testing.Fixtures;
import org.pulseport.providers.testing.Requests;

class OuraMapperTest {

    private final ObjectMapper json = new ObjectMapper();
    private final OuraMapper mapper = new OuraMapper();

    private List<Sample> mapFirst(OuraCollection collection, String fixture) throws Exception {
        JsonNode doc = json.readTree(Fixtures.read(fixture)).path("data").get(0);
        return mapper.map(collection, doc, Requests.SOURCE);
    }

    private static Map<MetricType, Double> values(List<Sample> samples) {
        return samples.stream().collect(Collectors.toMap(Sample::metric, Sample::value));
    }

    @Test
    void dailySleepScoreKeepsDayAndOffset() throws Exception {
        Sample score = mapFirst(OuraCollection.DAILY_SLEEP, "oura/daily_sleep_page1.json").get(0);

        assertThat(score.metric()).isEqualTo(MetricType.SLEEP_SCORE);
        assertThat(score.value()).isEqualTo(82.0);
        assertThat(score.unit()).isEqualTo("{score}");
        assertThat(score.day()).contains(LocalDate.parse("2024-03-01"));
        assertThat(score.recordedAt()).isEqualTo(Instant.parse("2024-02-29T23:00:00Z"));
        assertThat(score.utcOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(score.profileId()).isEqualTo(1);
        assertThat(score.sourceId()).isEqualTo(42);
    }

    @Test
    void mainSleepMapsDurationHrvRestingHeartRateAndBreathing() throws Exception {
        List<Sample> samples = mapFirst(OuraCollection.SLEEP, "oura/sleep.json");

        assertThat(values(samples)).containsExactlyInAnyOrderEntriesOf(Map.of(
                MetricType.SLEEP_DURATION, 25230.0,
                MetricType.HRV_RMSSD, 48.0,
                MetricType.RESTING_HEART_RATE, 46.0,
                MetricType.RESPIRATORY_RATE, 14.625));
        assertThat(samples).allSatisfy(s -> {
            assertThat(s.recordedAt()).isEqualTo(Instant.parse("2024-03-02T06:03:11Z"));
            assertThat(s.day()).contains(LocalDate.parse("2024-03-02"));
        });
        assertThat(samples).filteredOn(s -> s.metric() == MetricType.SLEEP_DURATION)
                .extracting(Sample::unit).containsExactly("s");
    }

    @Test
    void napsAreNotDailySleep() throws Exception {
        JsonNode nap = json.readTree(Fixtures.read("oura/sleep.json")).path("data").get(1);

        assertThat(mapper.map(OuraCollection.SLEEP, nap, Requests.SOURCE)).isEmpty();
    }

    @Test
    void dailyActivityMapsStepsAndActiveKilocalories() throws Exception {
        List<Sample> samples = mapFirst(OuraCollection.DAILY_ACTIVITY, "oura/daily_activity.json");

        assertThat(values(samples)).containsExactlyInAnyOrderEntriesOf(Map.of(
                MetricType.STEPS, 11234.0, MetricType.ACTIVE_ENERGY, 512.0));
        assertThat(samples).filteredOn(s -> s.metric() == MetricType.ACTIVE_ENERGY)
                .extracting(Sample::unit).containsExactly("kcal");
    }

    @Test
    void readinessMapsScoreAndTemperatureDeviationInCelsius() throws Exception {
        List<Sample> samples = mapFirst(OuraCollection.DAILY_READINESS, "oura/daily_readiness.json");

        assertThat(values(samples)).containsExactlyInAnyOrderEntriesOf(Map.of(
                MetricType.READINESS_SCORE, 81.0, MetricType.BODY_TEMPERATURE_DEVIATION, -0.17));
        assertThat(samples).filteredOn(s -> s.metric() == MetricType.BODY_TEMPERATURE_DEVIATION)
                .extracting(Sample::unit).containsExactly("Cel");
    }

    @Test
    void spo2AverageIsStampedAtTheStartOfItsDay() throws Exception {
        Sample spo2 = mapFirst(OuraCollection.DAILY_SPO2, "oura/daily_spo2.json").get(0);

        assertThat(spo2.metric()).isEqualTo(MetricType.SPO2);
        assertThat(spo2.value()).isEqualTo(96.5);
        assertThat(spo2.unit()).isEqualTo("%");
        assertThat(spo2.recordedAt()).isEqualTo(Instant.parse("2024-03-02T00:00:00Z"));
        assertThat(spo2.day()).contains(LocalDate.parse("2024-03-02"));
    }

    @Test
    void spo2WithoutAverageGivesNothing() throws Exception {
        JsonNode empty = json.readTree(Fixtures.read("oura/daily_spo2.json")).path("data").get(1);

        assertThat(mapper.map(OuraCollection.DAILY_SPO2, empty, Requests.SOURCE)).isEmpty();
    }

    @Test
    void heartRateIsAContinuousReadingWithoutDay() throws Exception {
        Sample bpm = mapFirst(OuraCollection.HEARTRATE, "oura/heartrate.json").get(0);

        assertThat(bpm.metric()).isEqualTo(MetricType.HEART_RATE);
        assertThat(bpm.value()).isEqualTo(61.0);
        assertThat(bpm.unit()).isEqualTo("/min");
        assertThat(bpm.recordedAt()).isEqualTo(Instant.parse("2024-03-02T09:00:00Z"));
        assertThat(bpm.utcOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(bpm.day()).isEmpty();
    }

    @Test
    void workoutDistanceInMetresAtItsStart() throws Exception {
        Sample distance = mapFirst(OuraCollection.WORKOUT, "oura/workout.json").get(0);

        assertThat(distance.metric()).isEqualTo(MetricType.DISTANCE);
        assertThat(distance.value()).isEqualTo(7420.0);
        assertThat(distance.unit()).isEqualTo("m");
        assertThat(distance.recordedAt()).isEqualTo(Instant.parse("2024-03-02T16:40:00Z"));
    }

    @Test
    void missingTimestampIsMalformed() throws Exception {
        JsonNode doc = json.readTree("{\"id\":\"x\",\"day\":\"2024-03-02\",\"score\":80}");

        assertThatThrownBy(() -> mapper.map(OuraCollection.DAILY_SLEEP, doc, Requests.SOURCE))
                .isInstanceOf(MalformedRecordException.class).hasMessageContaining("timestamp");
    }
}

package org.pulseport.providers.dexcom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.pulseport.core.model.GlucoseTrend;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Sample;
import org.pulseport.core.model.SampleQuality;
import org.pulseport.providers.http.MalformedRecordException;
import org.pulseport.providers.testing.Fixtures;
import org.pulseport.providers.testing.Requests;

class DexcomMapperTest {

    private final ObjectMapper json = new ObjectMapper();
    private final DexcomMapper mapper = new DexcomMapper();

    private JsonNode egv(int index) throws Exception {
        return json.readTree(Fixtures.read("dexcom/egvs.json")).path("records").get(index);
    }

    @Test
    void receiverReadingTakesUtcFromSystemTimeAndOffsetFromDisplayTime() throws Exception {
        Sample glucose = mapper.map(egv(0), Requests.SOURCE).get(0);

        assertThat(glucose.metric()).isEqualTo(MetricType.GLUCOSE);
        assertThat(glucose.value()).isEqualTo(112.0);
        assertThat(glucose.unit()).isEqualTo("mg/dL");
        assertThat(glucose.recordedAt()).isEqualTo(Instant.parse("2024-01-10T08:00:41Z"));
        assertThat(glucose.utcOffset()).as("displayTime 31 s behind a -05:00 clock").isEqualTo(ZoneOffset.ofHours(-5));
        assertThat(glucose.trend()).contains(GlucoseTrend.FLAT);
        assertThat(glucose.quality()).contains(SampleQuality.OK);
    }

    @Test
    void appReadingWithOffsetsAndHighStatus() throws Exception {
        Sample glucose = mapper.map(egv(1), Requests.SOURCE).get(0);

        assertThat(glucose.recordedAt()).isEqualTo(Instant.parse("2024-02-10T08:05:41Z"));
        assertThat(glucose.utcOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(glucose.quality()).contains(SampleQuality.ABOVE_RANGE);
        assertThat(glucose.trend()).contains(GlucoseTrend.DOUBLE_UP);
    }

    @Test
    void mmolPerLitreIsConvertedToMgPerDecilitre() throws Exception {
        Sample glucose = mapper.map(egv(4), Requests.SOURCE).get(0);

        assertThat(glucose.value()).isCloseTo(97.3, within(0.01));
        assertThat(glucose.trend()).contains(GlucoseTrend.FORTY_FIVE_DOWN);
    }

    @Test
    void readingWithoutValueGivesNothing() throws Exception {
        assertThat(mapper.map(egv(3), Requests.SOURCE)).isEmpty();
    }

    @Test
    void unreadableDisplayTimeIsMalformed() throws Exception {
        assertThatThrownBy(() -> mapper.map(egv(2), Requests.SOURCE))
                .isInstanceOf(MalformedRecordException.class).hasMessageContaining("displayTime");
    }

    @ParameterizedTest
    @CsvSource({"doubleUp,DOUBLE_UP", "singleUp,SINGLE_UP", "fortyFiveUp,FORTY_FIVE_UP", "flat,FLAT",
            "fortyFiveDown,FORTY_FIVE_DOWN", "singleDown,SINGLE_DOWN", "doubleDown,DOUBLE_DOWN",
            "notComputable,NOT_COMPUTABLE", "rateOutOfRange,RATE_OUT_OF_RANGE"})
    void mapsEveryDexcomTrend(String dexcom, GlucoseTrend expected) throws Exception {
        JsonNode egv = json.readTree("{\"recordId\":\"r\",\"systemTime\":\"2024-01-10T08:00:00\","
                + "\"displayTime\":\"2024-01-10T08:00:00\",\"value\":100,\"unit\":\"mg/dL\",\"trend\":\"" + dexcom + "\"}");

        assertThat(mapper.map(egv, Requests.SOURCE).get(0).trend()).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"none", "unknown"})
    void trendsWithoutArrowAreLeftEmpty(String dexcom) throws Exception {
        JsonNode egv = json.readTree("{\"recordId\":\"r\",\"systemTime\":\"2024-01-10T08:00:00\","
                + "\"displayTime\":\"2024-01-10T08:00:00\",\"value\":100,\"unit\":\"mg/dL\",\"trend\":\"" + dexcom + "\"}");

        assertThat(mapper.map(egv, Requests.SOURCE).get(0).trend()).isEmpty();
    }

    @Test
    void dataRangeEndsJustAfterTheLatestReading() throws Exception {
        JsonNode range = json.readTree(Fixtures.read("dexcom/dataRange.json"));

        assertThat(mapper.egvRange(range)).hasValueSatisfying(window -> {
            assertThat(window.from()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
            assertThat(window.to()).isEqualTo(Instant.parse("2024-03-31T23:55:01Z"));
        });
        assertThat(mapper.egvRange(json.readTree(Fixtures.read("dexcom/dataRange_no_egvs.json")))).isEmpty();
    }
}

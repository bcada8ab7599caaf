package org.pulseport.devices.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every record message of the corpus's ground-truth files against its CSV row. The CSVs were dumped by the FIT
 * SDK's tool, which writes an invalid cadence as 0 and an invalid position as the last valid one; the comparison
 * accounts for exactly that. Timestamps are Pacific Daylight Time (UTC-7).
 */
class FitRecordGroundTruthTest {

    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss 'PDT' yyyy", Locale.US);
    private static final ZoneOffset PDT = ZoneOffset.ofHours(-7);
    private static final double TOLERANCE = 1e-7;

    @ParameterizedTest
    @ValueSource(strings = {"garmin-edge-500-activity", "garmin-edge-820-bike", "garmin-fenix-5-bike",
        "garmin-fenix-5-run", "garmin-fenix-5-walk"})
    void everyRecordMatchesItsCsvRow(String name) throws IOException {
        List<String[]> rows = csv(name + "-records.csv");
        assertThat(rows.get(0)).containsExactly("timestamp", "heart_rate", "cadence", "speed", "distance",
                "position_lat", "position_long", "altitude", "temperature");
        List<FitMessage> records = records(name + ".fit");

        assertThat(records).hasSize(rows.size() - 1);
        OptionalLong lastLat = OptionalLong.empty();
        OptionalLong lastLong = OptionalLong.empty();
        for (int i = 0; i < records.size(); i++) {
            FitMessage record = records.get(i);
            String[] row = rows.get(i + 1);
            String where = name + " record " + i;
            Instant expected = LocalDateTime.parse(row[0], CSV_TIME).toInstant(PDT);
            assertThat(FitTime.toInstant(record.raw("timestamp").orElseThrow())).as(where).isEqualTo(expected);
            assertInteger(record.value("heart_rate"), row[1], where + " heart_rate");
            OptionalDouble cadence = record.value("cadence");
            assertInteger(cadence, cadence.isEmpty() && row[2].equals("0") ? "" : row[2], where + " cadence");
            assertDecimal(record.value("speed"), row[3], where + " speed");
            assertDecimal(record.value("distance"), row[4], where + " distance");
            lastLat = record.raw("position_lat").isPresent() ? record.raw("position_lat") : lastLat;
            lastLong = record.raw("position_long").isPresent() ? record.raw("position_long") : lastLong;
            assertThat(lastLat.orElseThrow()).as(where + " position_lat").isEqualTo(Long.parseLong(row[5]));
            assertThat(lastLong.orElseThrow()).as(where + " position_long").isEqualTo(Long.parseLong(row[6]));
            assertDecimal(record.value("altitude"), row[7], where + " altitude");
            assertInteger(record.value("temperature"), row[8], where + " temperature");
        }
    }

    /** The first record only carries a timestamp (17217864, device-relative); the CSV starts with the second. */
    @Test
    void compressedSpeedAndDistanceAccumulateAsTheCsvSays() throws IOException {
        List<String[]> rows = csv("compressed-speed-distance-records.csv");
        List<FitMessage> records = records("compressed-speed-distance.fit");

        assertThat(records.get(0).raw("timestamp")).hasValue(17217864);
        assertThat(records.get(0).fields()).hasSize(1);
        assertThat(records).hasSize(rows.size());
        for (int i = 1; i < records.size(); i++) {
            FitMessage record = records.get(i);
            String[] row = rows.get(i);
            String where = "record " + i;
            long timestamp = record.raw("timestamp").orElseThrow();
            assertThat(FitTime.isAbsolute(timestamp)).isFalse();
            assertThat(timestamp).as(where).isEqualTo(Long.parseLong(row[0]));
            assertInteger(record.value("heart_rate"), row[1], where + " heart_rate");
            assertDecimal(record.value("speed"), row[2], where + " speed");
            assertDecimal(record.value("distance"), row[3], where + " distance");
            assertInteger(record.value("cadence"), row[4].equals("null") ? "" : row[4], where + " cadence");
        }
    }

    private static List<FitMessage> records(String file) {
        FitDecodeResult result = FitFixtures.decode(file);
        assertThat(result).isInstanceOf(FitDecodeResult.Decoded.class);
        return result.messages().stream().filter(m -> m.name().equals("record")).collect(Collectors.toList());
    }

    private static List<String[]> csv(String file) throws IOException {
        return Files.readAllLines(FitFixtures.file(file)).stream()
                .filter(line -> !line.isBlank())
                .map(line -> line.split(",", -1))
                .map(cells -> java.util.Arrays.stream(cells).map(String::strip).toArray(String[]::new))
                .collect(Collectors.toList());
    }

    private static void assertInteger(OptionalDouble actual, String expected, String what) {
        if (expected.isEmpty()) {
            assertThat(actual).as(what).isEmpty();
        } else {
            assertThat(actual).as(what).hasValue(Long.parseLong(expected));
        }
    }

    private static void assertDecimal(OptionalDouble actual, String expected, String what) {
        if (expected.isEmpty()) {
            assertThat(actual).as(what).isEmpty();
        } else {
            assertThat(actual).as(what).isPresent();
            assertThat(actual.getAsDouble()).as(what).isCloseTo(Double.parseDouble(expected), within(TOLERANCE));
        }
    }
}

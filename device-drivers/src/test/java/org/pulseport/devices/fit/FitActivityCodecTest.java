package org.pulseport.devices.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.pulseport.core.activity.Activity;
import org.pulseport.core.activity.Channel;
import org.pulseport.core.activity.RecordStreams;
import org.pulseport.core.model.Sport;

/** Real activity files mapped to Pulseport's activity model. */
class FitActivityCodecTest {

    private final FitActivityMapper mapper = new FitActivityMapper(FitDecoder.standard());

    @Test
    void fenixRunMapsSummaryLapsAndStreams() throws IOException {
        Activity activity = imported("garmin-fenix-5-run.fit");

        assertThat(activity.summary().sport()).isEqualTo(Sport.RUNNING);
        assertThat(activity.summary().start()).isEqualTo(Instant.parse("2017-06-11T14:34:09Z"));
        assertThat(activity.summary().utcOffset()).isEqualTo(ZoneOffset.ofHours(-7));
        assertThat(activity.summary().device()).hasValueSatisfying(device -> {
            assertThat(device.manufacturer()).hasValue(1);
            assertThat(device.serialNumber()).isPresent();
        });
        assertThat(activity.laps()).isNotEmpty();
        RecordStreams records = activity.records();
        assertThat(records.size()).isEqualTo(21);
        assertThat(records.time(0)).isEqualTo(Instant.parse("2017-06-11T14:34:09Z"));
        assertThat(records.value(Channel.HEART_RATE, 0)).hasValue(61);
        assertThat(records.value(Channel.LATITUDE, 0).getAsDouble()).isCloseTo(456099128 * 180.0 / 2147483648.0, within(1e-12));
        assertThat(records.value(Channel.ALTITUDE, 0).getAsDouble()).isCloseTo(2.2, within(1e-9));
        assertThat(records.value(Channel.TEMPERATURE, 0)).hasValue(25);
    }

    @Test
    void edge500RideHasItsTotalsAndEveryRecord() throws IOException {
        Activity activity = imported("garmin-edge-500-activity.fit");

        assertThat(activity.summary().sport()).isEqualTo(Sport.CYCLING);
        assertThat(activity.records().size()).isEqualTo(10686);
        assertThat(activity.summary().distanceMeters().getAsDouble()).isCloseTo(92622.34, within(0.5));
        assertThat(activity.summary().efforts().avgHeartRate()).isPresent();
        assertThat(activity.summary().elapsed()).isGreaterThan(Duration.ofHours(3));
    }

    @Test
    void multisportFileWithSeveralSessionsIsMultisport() throws IOException {
        Activity activity = imported("activity-large-fenxi2-multisport.fit");

        assertThat(activity.summary().sport()).isEqualTo(Sport.MULTISPORT);
        assertThat(activity.records().size()).isGreaterThan(1000);
    }

    @Test
    void fileCutOffAfterSomeRecordsIsImportedAsPartialWithAWarning() throws IOException {
        byte[] whole = Files.readAllBytes(FitFixtures.file("garmin-fenix-5-walk.fit"));

        ActivityImport result = mapper.read(new ByteArrayInputStream(Arrays.copyOf(whole, whole.length / 2)));

        assertThat(result).isInstanceOfSatisfying(ActivityImport.Imported.class, imported -> {
            assertThat(imported.activity().records().size()).isPositive();
            assertThat(imported.warnings()).anySatisfy(w -> assertThat(w).contains("partial").contains("UnexpectedEof"));
        });
    }

    @Test
    void nonActivityFileIsRejectedWithAReason() throws IOException {
        ActivityImport result = mapper.map(FitFixtures.decode("Settings.fit").messages());

        assertThat(result).isInstanceOfSatisfying(ActivityImport.Rejected.class,
                rejected -> assertThat(rejected.reason()).contains("neither a session nor record"));
    }

    private Activity imported(String file) throws IOException {
        try (InputStream in = Files.newInputStream(FitFixtures.file(file))) {
            ActivityImport result = mapper.read(in);
            assertThat(result).isInstanceOf(ActivityImport.Imported.class);
            return ((ActivityImport.Imported) result).activity();
        }
    }
}

package org.pulseport.devices.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The facts the corpus README lists about each real FIT file. */
class FitCorpusTest {

    private static final String[] VALID = {
        "2013-02-06-12-11-14.fit", "2015-10-13-08-43-15.fit", "Activity.fit", "Edge810-Vector-2013-08-16-15-35-10.fit",
        "MonitoringFile.fit", "Settings.fit", "Settings2.fit", "WeightScaleMultiUser.fit", "WeightScaleSingleUser.fit",
        "activity-large-fenxi2-multisport.fit", "activity-small-fenix2-run.fit", "antfs-dump.63.fit", "nametest.FIT",
        "null_compressed_speed_dist.fit", "sample-activity-indoor-trainer.fit", "sample-activity.fit",
        "WorkoutCustomTargetValues.fit", "WorkoutIndividualSteps.fit", "WorkoutRepeatGreaterThanStep.fit",
        "WorkoutRepeatSteps.fit", "garmin-edge-500-activity.fit", "garmin-edge-820-bike.fit", "garmin-fenix-5-bike.fit",
        "garmin-fenix-5-run.fit", "garmin-fenix-5-walk.fit", "compressed-speed-distance.fit",
        "developer-types-sample.fit", "DeveloperData.fit", "20170518-191602-1740899583.fit",
        "2019-02-17-062644-ELEMNT-297E-195-0.fit", "coros-pace-2-cycling-misaligned-fields.fit", "event_timestamp.fit",
        "elemnt-bolt-no-application-id-inside-developer-data-id.fit", "sample_mulitple_header.fit", "activity-settings.fit"};

    private static final String[] DAMAGED = {"activity-filecrc.fit", "activity-unexpected-eof.fit",
        "activity-activity-filecrc.fit", "activity-settings-corruptheader.fit", "activity-settings-nodata.fit", "nick.fit",
        "strava-android-app-201.10-b1218918.fit"};

    static String[] validFiles() {
        return VALID;
    }

    @ParameterizedTest
    @MethodSource("validFiles")
    void validFilesDecodeCompletelyWithoutWarnings(String name) {
        FitDecodeResult result = FitFixtures.decode(name);

        assertThat(result).isInstanceOf(FitDecodeResult.Decoded.class);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.messages()).isNotEmpty();
        assertThat(result.messages().get(0).name()).isEqualTo("file_id");
    }

    @Test
    void everyCorpusFileIsEitherValidOrAKnownDamagedFile() throws IOException {
        Set<String> expected = new HashSet<>(Arrays.asList(VALID));
        expected.addAll(Arrays.asList(DAMAGED));
        try (Stream<Path> files = Files.list(FitFixtures.file("Activity.fit").getParent())) {
            Set<String> names = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
            Set<String> fitFiles = names.stream().filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".fit"))
                    .collect(Collectors.toSet());

            assertThat(names.stream().filter(n -> !n.equals("README.md"))).hasSize(48);
            assertThat(fitFiles).hasSize(42).isEqualTo(expected);
        }
        for (String damaged : DAMAGED) {
            assertThat(FitFixtures.decode(damaged)).as(damaged).isInstanceOf(FitDecodeResult.Failed.class);
        }
    }

    @Test
    void wrongFileCrcIsACrcErrorAtTheCrcBytes() {
        FitDecodeResult result = FitFixtures.decode("activity-filecrc.fit");

        FitError error = failure(result);
        assertThat(error).isInstanceOf(FitError.CrcError.class);
        assertThat(error.offset()).isEqualTo(771 - 2);
        assertThat(error.describe()).contains("byte 769").contains("CRC");
        assertThat(result.messages()).hasSize(22);
    }

    @Test
    void truncatedFileIsAnUnexpectedEofWithTheRecordOffset() {
        FitError error = failure(FitFixtures.decode("activity-unexpected-eof.fit"));

        assertThat(error).isInstanceOf(FitError.UnexpectedEof.class);
        assertThat(error.offset()).isEqualTo(751);
    }

    @Test
    void bothChainedFilesOfAValidChainAreDecoded() {
        FitDecodeResult result = FitFixtures.decode("activity-settings.fit");

        assertThat(result).isInstanceOf(FitDecodeResult.Decoded.class);
        assertThat(result.files()).hasSize(2);
        assertThat(result.messages().stream().filter(m -> m.name().equals("file_id"))).hasSize(2);
    }

    @Test
    void badCrcInTheSecondChainedFileIsACrcError() {
        FitDecodeResult result = FitFixtures.decode("activity-activity-filecrc.fit");

        assertThat(failure(result)).isInstanceOf(FitError.CrcError.class);
        assertThat(result.files()).hasSize(2);
        assertThat(failure(result).offset()).isGreaterThan(result.files().get(1).offset());
    }

    @Test
    void corruptSecondHeaderIsAHeaderErrorAtItsStart() {
        FitDecodeResult result = FitFixtures.decode("activity-settings-corruptheader.fit");

        assertThat(failure(result)).isInstanceOf(FitError.HeaderError.class);
        assertThat(failure(result).offset()).isEqualTo(771);
        assertThat(result.files()).hasSize(1);
    }

    @Test
    void secondChainedFileWithoutItsDataIsAnUnexpectedEof() {
        FitDecodeResult result = FitFixtures.decode("activity-settings-nodata.fit");

        assertThat(failure(result)).isInstanceOf(FitError.UnexpectedEof.class);
        assertThat(result.files()).hasSize(2);
    }

    @Test
    void fileWithSeveralHeadersHas3023Messages() {
        FitDecodeResult result = FitFixtures.decode("sample_mulitple_header.fit");

        assertThat(result).isInstanceOf(FitDecodeResult.Decoded.class);
        assertThat(result.messages()).hasSize(3023);
        assertThat(result.files()).hasSizeGreaterThan(1);
    }

    @Test
    void misalignedFieldSizesFallBackToRawBytes() {
        FitDecodeResult result = FitFixtures.decode("coros-pace-2-cycling-misaligned-fields.fit");

        assertThat(result).isInstanceOf(FitDecodeResult.Decoded.class);
        assertThat(result.messages()).hasSize(11293);
        List<FitField> fallbacks = result.messages().stream().flatMap(m -> m.fields().stream())
                .filter(f -> f.value() instanceof FieldValue.Bytes && f.type() != FitBaseType.BYTE)
                .collect(Collectors.toList());
        assertThat(fallbacks).isNotEmpty();
        assertThat(fallbacks).allSatisfy(f -> assertThat(f.value().count() % f.type().size()).isNotZero());
    }

    @Test
    void sessionAverageSpeedIsScaled() {
        FitMessage session = first(FitFixtures.decode("2019-02-17-062644-ELEMNT-297E-195-0.fit"), "session");

        assertThat(session.value("avg_speed")).hasValue(5.86);
        assertThat(session.value("enhanced_avg_speed")).hasValue(5.86);
    }

    /**
     * The README's value 863.486328125 s comes from python-fitparse, which lists component fields before their
     * parent (so its "field #1" is the first value unpacked from event_timestamp_12) and restarts accumulation
     * at 0 on every definition. Like the FIT SDK, this decoder continues from the last explicit event_timestamp
     * instead, so its value is the same reading shifted by whole 12-bit roll-overs (4096 / 1024 = 4 s) and
     * continuous with the explicit timestamps before it.
     */
    @Test
    void lastMessageCarriesTheScaled32BitEventTimestamp() {
        List<FitMessage> messages = FitFixtures.decode("event_timestamp.fit").messages();
        FitMessage last = messages.get(messages.size() - 1);

        FitField eventTimestamp = last.field("event_timestamp").orElseThrow();
        assertThat(eventTimestamp.origin()).isEqualTo(FieldOrigin.COMPONENT);
        double value = eventTimestamp.doubleValue(0).orElseThrow();
        assertThat((value - 863.486328125) % 4.0).isZero();
        double lastExplicit = messages.stream().filter(m -> m.name().equals("hr"))
                .map(m -> m.field("event_timestamp").orElse(null))
                .filter(f -> f != null && f.origin() == FieldOrigin.DEFINED)
                .reduce((a, b) -> b).orElseThrow().doubleValue().orElseThrow();
        assertThat(value - lastExplicit).isBetween(0.0, 863.486328125);
        assertThat(eventTimestamp.units()).isEqualTo("s");
    }

    @Test
    void developerDataIdWithoutApplicationIdParses() {
        FitDecodeResult result = FitFixtures.decode("elemnt-bolt-no-application-id-inside-developer-data-id.fit");

        assertThat(result).isInstanceOf(FitDecodeResult.Decoded.class);
        FitMessage developerDataId = first(result, "developer_data_id");
        assertThat(developerDataId.field("application_id")).isEmpty();
    }

    @Test
    void unterminatedFileFailsWithCrcCheckingAndParsesWithAWarningWithout() {
        assertThat(failure(FitFixtures.decode("nick.fit"))).isInstanceOf(FitError.UnexpectedEof.class);

        FitDecodeResult lenient = new FitDecoder(FitDecodeOptions.defaults().withCrcCheck(false))
                .decode(FitFixtures.file("nick.fit"));

        assertThat(lenient).isInstanceOf(FitDecodeResult.Decoded.class);
        assertThat(lenient.warnings()).singleElement().satisfies(w -> assertThat(w.detail()).contains("unterminated"));
        assertThat(lenient.messages()).hasSize(14412);
    }

    @Test
    void developerFieldsAreNamedTypedAndScaledByTheirDescriptions() {
        FitField doughnuts = firstDeveloperField(FitFixtures.decode("DeveloperData.fit"), "doughnuts_earned");
        assertThat(doughnuts.type()).isEqualTo(FitBaseType.SINT8);
        assertThat(doughnuts.units()).isEqualTo("doughnuts");
        assertThat(doughnuts.doubleValue()).hasValue(1.0);

        FitField formPower = firstDeveloperField(FitFixtures.decode("developer-types-sample.fit"), "Form Power");
        assertThat(formPower.units()).isEqualTo("Watts");
        assertThat(formPower.type()).isEqualTo(FitBaseType.UINT16);

        FitField heartRate = firstDeveloperField(FitFixtures.decode("20170518-191602-1740899583.fit"), "Heart Rate");
        assertThat(heartRate.units()).isEqualTo("bpm");
        assertThat(heartRate.doubleValue()).hasValue(82.0);
    }

    /**
     * Not in the README's error list, but this crashed recording is corrupt after byte 7471: its header
     * announces 3 bytes more than the file holds and the record at 7471 uses a local message type never
     * defined. The decoder keeps the 488 messages before it and reports where it stopped.
     */
    @Test
    void crashedStravaRecordingYieldsAPartialResultThatSaysWhere() {
        FitDecodeResult result = FitFixtures.decode("strava-android-app-201.10-b1218918.fit");

        assertThat(failure(result)).isInstanceOf(FitError.MalformedData.class);
        assertThat(failure(result).offset()).isEqualTo(7471);
        assertThat(failure(result).detail()).contains("local message type 11");
        assertThat(result.messages()).hasSize(488);
    }

    private static FitError failure(FitDecodeResult result) {
        assertThat(result).isInstanceOf(FitDecodeResult.Failed.class);
        return ((FitDecodeResult.Failed) result).error();
    }

    private static FitMessage first(FitDecodeResult result, String name) {
        return result.messages().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    private static FitField firstDeveloperField(FitDecodeResult result, String name) {
        assertThat(result).isInstanceOf(FitDecodeResult.Decoded.class);
        return result.messages().stream().map(m -> m.developerField(name)).filter(java.util.Optional::isPresent)
                .findFirst().orElseThrow().orElseThrow().field();
    }
}

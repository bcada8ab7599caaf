package org.pulseport.devices.dexcom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pulseport.core.connector.SourceRef;
import org.pulseport.core.model.GlucoseTrend;
import org.pulseport.core.model.Sample;
import org.pulseport.core.model.SampleQuality;
import org.pulseport.devices.download.ProtocolException;
import org.pulseport.devices.download.SkipCounter;

class DexcomRecordsTest {

    private static DatabasePage page(RecordType type, int revision, List<byte[]> records) {
        byte[] data = new byte[DatabasePage.DATA_LENGTH];
        int offset = 0;
        for (byte[] record : records) {
            System.arraycopy(record, 0, data, offset, record.length);
            offset += record.length;
        }
        return new DatabasePage(100, records.size(), type, revision, 7, data);
    }

    @ParameterizedTest
    @EnumSource(EgvLayout.class)
    void egvRecordsRoundTripInEveryLayout(EgvLayout layout) throws ProtocolException {
        EgvRecord record = new EgvRecord(500_000_000L, 500_003_600L, 0x8000 | 123, 0x24);
        byte[] bytes = layout.encode(record);
        assertThat(bytes).hasSize(layout.recordLength());
        DatabasePage page = DatabasePage.parse(page(RecordType.EGV_DATA, layout.revision(),
                List.of(bytes, bytes)).encode(), 0);
        EgvRecord decoded = layout.decode(page.record(1, layout.recordLength()));
        assertThat(decoded).isEqualTo(record);
        assertThat(decoded.glucose()).isEqualTo(123);
        assertThat(decoded.displayOnly()).isTrue();
        assertThat(decoded.trend()).contains(GlucoseTrend.FLAT);
        assertThat(decoded.noise()).isEqualTo(2);
        assertThat(EgvLayout.forRevision(layout.revision())).contains(layout);
    }

    @Test
    void layoutsFollowThePageRevision() {
        assertThat(EgvLayout.forRevision(1)).contains(EgvLayout.G4);
        assertThat(EgvLayout.forRevision(3)).contains(EgvLayout.G4);
        assertThat(EgvLayout.forRevision(0)).isEmpty();
        assertThat(EgvLayout.forRevision(6)).isEmpty();
        assertThat(EgvLayout.G4.recordsPerPage()).isEqualTo(38);
        assertThat(MeterRecord.recordLength(2)).contains(16);
        assertThat(MeterRecord.recordLength(3)).contains(21);
        assertThat(MeterRecord.recordLength(4)).isEmpty();
    }

    @Test
    void mapsEveryTrendCode() {
        GlucoseTrend[] expected = {null, GlucoseTrend.DOUBLE_UP, GlucoseTrend.SINGLE_UP, GlucoseTrend.FORTY_FIVE_UP,
            GlucoseTrend.FLAT, GlucoseTrend.FORTY_FIVE_DOWN, GlucoseTrend.SINGLE_DOWN, GlucoseTrend.DOUBLE_DOWN,
            GlucoseTrend.NOT_COMPUTABLE, GlucoseTrend.RATE_OUT_OF_RANGE, null};
        for (int code = 0; code < expected.length; code++) {
            assertThat(new EgvRecord(0, 0, 100, code).trend()).isEqualTo(Optional.ofNullable(expected[code]));
        }
        for (GlucoseTrend trend : GlucoseTrend.values()) {
            assertThat(new EgvRecord(0, 0, 100, EgvRecord.trendCode(trend)).trend()).contains(trend);
        }
    }

    @Test
    void namesSpecialValues() {
        assertThat(EgvSpecialValue.of(1)).contains(EgvSpecialValue.SENSOR_NOT_ACTIVE);
        assertThat(EgvSpecialValue.of(9)).contains(EgvSpecialValue.ABSOLUTE_DEVIATION);
        assertThat(EgvSpecialValue.of(12)).contains(EgvSpecialValue.BAD_RF);
        assertThat(EgvSpecialValue.of(7)).contains(EgvSpecialValue.UNKNOWN);
        assertThat(EgvSpecialValue.of(20)).isEmpty();
        assertThat(EgvSpecialValue.of(39)).isEmpty();
    }

    @Test
    void pagesVerifyHeaderAndRecordCrcs() throws ProtocolException {
        byte[] record = EgvLayout.G4.encode(new EgvRecord(1, 2, 150, 4));
        byte[] bytes = page(RecordType.EGV_DATA, 2, List.of(record, record)).encode();
        DatabasePage parsed = DatabasePage.parse(bytes, 0);
        assertThat(parsed.firstRecordIndex()).isEqualTo(100);
        assertThat(parsed.recordCount()).isEqualTo(2);
        assertThat(parsed.pageNumber()).isEqualTo(7);
        byte[] badHeader = bytes.clone();
        badHeader[4] ^= 1;
        assertThatThrownBy(() -> DatabasePage.parse(badHeader, 0)).hasMessageContaining("header CRC");
        byte[] badRecord = bytes.clone();
        badRecord[DatabasePage.HEADER_LENGTH + 13 + 8] ^= 1;
        DatabasePage damaged = DatabasePage.parse(badRecord, 0);
        assertThat(damaged.record(0, 13)).isEqualTo(record);
        assertThatThrownBy(() -> damaged.record(1, 13)).isInstanceOfSatisfying(ProtocolException.class,
                e -> assertThat(e.getMessage()).contains("record 101 of page 7").contains("CRC"));
        assertThatThrownBy(() -> parsed.record(2, 13)).hasMessageContaining("does not fit");
        assertThatThrownBy(() -> parsed.record(0, 600)).hasMessageContaining("does not fit");
        assertThatThrownBy(() -> DatabasePage.parse(bytes, 1)).hasMessageContaining("truncated");
    }

    @Test
    void pageBatchesMustHoldTheRequestedPagesInOrder() throws ProtocolException {
        byte[] first = new DatabasePage(0, 0, RecordType.EGV_DATA, 2, 4, new byte[500]).encode();
        byte[] second = new DatabasePage(0, 0, RecordType.EGV_DATA, 2, 5, new byte[500]).encode();
        byte[] both = new byte[first.length * 2];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        assertThat(DatabasePage.parseAll(both, RecordType.EGV_DATA, 4, 2)).extracting(DatabasePage::pageNumber)
                .containsExactly(4L, 5L);
        assertThatThrownBy(() -> DatabasePage.parseAll(both, RecordType.EGV_DATA, 5, 2)).hasMessageContaining("page 5");
        assertThatThrownBy(() -> DatabasePage.parseAll(both, RecordType.METER_DATA, 4, 2))
                .hasMessageContaining("METER_DATA");
        assertThatThrownBy(() -> DatabasePage.parseAll(first, RecordType.EGV_DATA, 4, 2))
                .hasMessageContaining("expected 1056");
    }

    @Test
    void meterRecordsRoundTripInBothLayouts() throws ProtocolException {
        MeterRecord meter = new MeterRecord(1000, 4600, 132, 990);
        for (int length : new int[] {MeterRecord.G4_LENGTH, MeterRecord.G5_LENGTH}) {
            byte[] bytes = meter.encode(length);
            assertThat(bytes).hasSize(length);
            DatabasePage page = page(RecordType.METER_DATA, length == 16 ? 2 : 3, List.of(bytes));
            assertThat(MeterRecord.decode(page.record(0, length))).isEqualTo(meter);
        }
    }

    @Test
    void readsXmlRepliesAndIgnoresNulPadding() throws ProtocolException {
        FirmwareHeader header = new FirmwareHeader("G4Receiver", "Dexcom G4 & \"Share\"", "SW10050", "4.0.1.048");
        byte[] padded = java.util.Arrays.copyOf(header.toXml().getBytes(StandardCharsets.UTF_8), 400);
        assertThat(FirmwareHeader.parse(padded)).isEqualTo(header);
        assertThatThrownBy(() -> FirmwareHeader.parse("<FirmwareHeader ProductId='x'/>".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("FirmwareVersion");
        assertThatThrownBy(() -> FirmwareHeader.parse("<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><a/>"
                .getBytes(StandardCharsets.UTF_8))).hasMessageContaining("no <FirmwareHeader>");
        PartitionInfo info = new PartitionInfo(List.of(new PartitionInfo.Partition("EGVData", 4, 2, 13),
                new PartitionInfo.Partition("MeterData", 10, 2, 16)));
        assertThat(PartitionInfo.parse(info.toXml().getBytes(StandardCharsets.UTF_8))).isEqualTo(info);
        assertThat(info.of(RecordType.EGV_DATA).map(PartitionInfo.Partition::recordLength)).contains(13);
        assertThat(info.of(RecordType.SENSOR_DATA)).isEmpty();
        assertThatThrownBy(() -> PartitionInfo.parse("<Partition Id='x' RecordRevision='1' RecordLength='2'/>"
                .getBytes(StandardCharsets.UTF_8))).hasMessageContaining("not a number");
        assertThatThrownBy(() -> PartitionInfo.parse(new byte[10])).hasMessageContaining("no partitions");
    }

    @Test
    void readsTheSerialNumberFromTheManufacturingRecord() throws ProtocolException {
        byte[] record = new ManufacturingData("SM12345678", "MT21255").encode(1234);
        DatabasePage page = page(RecordType.MANUFACTURING_DATA, 1, List.of(record));
        assertThat(ManufacturingData.decode(page.record(0, ManufacturingData.RECORD_LENGTH)).serialNumber())
                .isEqualTo("SM12345678");
    }

    @Test
    void correctsReceiverTimesByTheMeasuredClockOffsets() {
        ZoneId zone = ZoneId.of("Europe/Paris");
        Instant now = Instant.parse("2025-01-10T10:00:00Z");
        long trueSystem = Duration.between(ReceiverClock.EPOCH, now).getSeconds();
        long fastSystem = trueSystem + 600;
        ReceiverClock clock = ReceiverClock.measure(fastSystem, 3600 - 600 + 120, now, zone);
        assertThat(clock.systemClockOffset()).isEqualTo(Duration.ofMinutes(10));
        assertThat(clock.displayClockError()).isEqualTo(Duration.ofMinutes(2));
        assertThat(clock.toUtc(fastSystem - 300)).isEqualTo(now.minusSeconds(300));
        assertThat(clock.toSystemSeconds(now)).isEqualTo(fastSystem);
        assertThat(clock.utcOffset(fastSystem, fastSystem + 3600 - 600 + 120, ZoneOffset.UTC))
                .isEqualTo(ZoneOffset.ofHours(1));
        assertThat(clock.utcOffset(fastSystem, fastSystem + 30 * 3600, ZoneOffset.ofHours(5)))
                .isEqualTo(ZoneOffset.ofHours(5));
        assertThat(ReceiverClock.displayTime(0, 3600)).hasToString("2009-01-01T01:00");
    }

    @Test
    void mapsReadingsFlagsRangeLimitsAndSkipsSpecialValues() {
        SkipCounter skips = new SkipCounter();
        ReceiverClock clock = new ReceiverClock(Duration.ZERO, Duration.ZERO);
        EgvSampleMapper mapper = new EgvSampleMapper(new SourceRef(1, 2), clock, ZoneOffset.UTC, skips);
        Sample normal = mapper.map(new EgvRecord(3600, 7200, 142, 3)).orElseThrow();
        assertThat(normal.value()).isEqualTo(142);
        assertThat(normal.recordedAt()).isEqualTo(ReceiverClock.EPOCH.plusSeconds(3600));
        assertThat(normal.utcOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(normal.trend()).contains(GlucoseTrend.FORTY_FIVE_UP);
        assertThat(normal.quality()).contains(SampleQuality.OK);
        Sample low = mapper.map(new EgvRecord(0, 0, 39, 0)).orElseThrow();
        assertThat(low.value()).isEqualTo(40);
        assertThat(low.quality()).contains(SampleQuality.BELOW_RANGE);
        assertThat(low.trend()).isEmpty();
        Sample high = mapper.map(new EgvRecord(0, 0, 401, 1)).orElseThrow();
        assertThat(high.value()).isEqualTo(400);
        assertThat(high.quality()).contains(SampleQuality.ABOVE_RANGE);
        assertThat(mapper.map(new EgvRecord(0, 0, 1, 0))).isEmpty();
        assertThat(mapper.map(new EgvRecord(0, 0, 9, 0))).isEmpty();
        assertThat(mapper.map(new EgvRecord(0, 0, 6, 0))).isEmpty();
        assertThat(mapper.map(new EgvRecord(0, 0, 0x8000 | 120, 4))).isEmpty();
        assertThat(skips.snapshot()).containsEntry("sensor not active", 1L)
                .containsEntry("absolute deviation (?)", 1L).containsEntry("counts deviation (aberration)", 1L)
                .containsEntry("display-only record (superseded)", 1L);
    }
}

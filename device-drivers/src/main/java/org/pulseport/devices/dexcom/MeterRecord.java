package org.pulseport.devices.dexcom;

import java.util.Optional;

/**
 * A meter (fingerstick) calibration entered on the receiver: times, the blood glucose in mg/dL and the time the
 * meter reading was taken. G4 pages (revisions 1-2) hold 16-byte records; G5/G6 (revision 3) 21-byte ones with
 * an entry type byte and a transmitter time.
 */
public record MeterRecord(long systemSeconds, long displaySeconds, int glucose, long meterTimeSeconds) {

    public static final int G4_LENGTH = 16;
    public static final int G5_LENGTH = 21;

    public static Optional<Integer> recordLength(int revision) {
        if (revision == 1 || revision == 2) {
            return Optional.of(G4_LENGTH);
        }
        return revision == 3 ? Optional.of(G5_LENGTH) : Optional.empty();
    }

    /** Reads a record whose CRC was already verified. */
    public static MeterRecord decode(byte[] record) {
        int meterTimeOffset = record.length == G5_LENGTH ? 11 : 10;
        return new MeterRecord(LittleEndian.u32(record, 0), LittleEndian.u32(record, 4), LittleEndian.u16(record, 8),
                LittleEndian.u32(record, meterTimeOffset));
    }

    /** Writes the record with CRC in the layout of {@code recordLength} bytes; the simulator uses this. */
    public byte[] encode(int recordLength) {
        byte[] body = new byte[recordLength - 2];
        LittleEndian.putU32(body, 0, systemSeconds);
        LittleEndian.putU32(body, 4, displaySeconds);
        LittleEndian.putU16(body, 8, glucose);
        if (recordLength == G5_LENGTH) {
            LittleEndian.putU32(body, 11, meterTimeSeconds);
            LittleEndian.putU32(body, 15, meterTimeSeconds);
        } else {
            LittleEndian.putU32(body, 10, meterTimeSeconds);
        }
        return DatabasePage.withCrc(body);
    }
}

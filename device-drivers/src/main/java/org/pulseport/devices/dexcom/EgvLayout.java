package org.pulseport.devices.dexcom;

import java.util.Optional;

/**
 * The EGV (estimated glucose value) record layouts, chosen by the page revision. All start with system seconds,
 * display seconds (u32 LE each) and the glucose word (u16 LE), and end with the record CRC.
 * <ul>
 *   <li>G4 (revisions 1-3), 13 bytes: trend byte at 10.</li>
 *   <li>G5 (revision 4), 23 bytes: system time u32, transmitter time u32, filtered rate, trend and noise byte at
 *       19, algorithm state.</li>
 *   <li>G6 / touchscreen receivers (revision 5), 25 bytes: as G5 plus a predicted glucose word.</li>
 * </ul>
 */
public enum EgvLayout {
    G4(2, 13, 10),
    G5(4, 23, 19),
    G6(5, 25, 19);

    private final int revision;
    private final int recordLength;
    private final int trendOffset;

    EgvLayout(int revision, int recordLength, int trendOffset) {
        this.revision = revision;
        this.recordLength = recordLength;
        this.trendOffset = trendOffset;
    }

    /** The page revision this layout is written with. */
    public int revision() {
        return revision;
    }

    public int recordLength() {
        return recordLength;
    }

    public int recordsPerPage() {
        return DatabasePage.DATA_LENGTH / recordLength;
    }

    public static Optional<EgvLayout> forRevision(int revision) {
        if (revision >= 1 && revision <= 3) {
            return Optional.of(G4);
        }
        if (revision == 4) {
            return Optional.of(G5);
        }
        return revision == 5 ? Optional.of(G6) : Optional.empty();
    }

    /** Reads a record whose CRC was already verified. */
    public EgvRecord decode(byte[] record) {
        return new EgvRecord(LittleEndian.u32(record, 0), LittleEndian.u32(record, 4), LittleEndian.u16(record, 8),
                LittleEndian.u8(record, trendOffset));
    }

    /** Writes a record including its CRC; the simulator uses this. */
    public byte[] encode(EgvRecord egv) {
        byte[] body = new byte[recordLength - 2];
        LittleEndian.putU32(body, 0, egv.systemSeconds());
        LittleEndian.putU32(body, 4, egv.displaySeconds());
        LittleEndian.putU16(body, 8, egv.glucoseWord());
        if (this != G4) {
            LittleEndian.putU32(body, 10, egv.systemSeconds());
            LittleEndian.putU32(body, 14, egv.systemSeconds());
        }
        body[trendOffset] = (byte) egv.trendByte();
        return DatabasePage.withCrc(body);
    }
}

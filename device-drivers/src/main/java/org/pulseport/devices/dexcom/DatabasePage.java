package org.pulseport.devices.dexcom;

import java.util.ArrayList;
import java.util.List;
import org.pulseport.devices.download.ProtocolException;

/**
 * One 528-byte database page: a 28-byte header (first record index, record count, record type, revision, page
 * number, three reserved words, header CRC) and 500 bytes of fixed-length records.
 */
public record DatabasePage(long firstRecordIndex, int recordCount, RecordType recordType, int revision,
                           long pageNumber, byte[] data) {

    public static final int HEADER_LENGTH = 28;
    public static final int DATA_LENGTH = 500;
    public static final int PAGE_LENGTH = HEADER_LENGTH + DATA_LENGTH;

    public DatabasePage {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** Parses {@code count} consecutive pages from a READ_DATABASE_PAGES reply payload. */
    public static List<DatabasePage> parseAll(byte[] payload, RecordType expectedType, long firstPage, int count)
            throws ProtocolException {
        if (payload.length != count * PAGE_LENGTH) {
            throw ProtocolException.corrupt("pages payload has " + payload.length + " bytes, expected "
                    + count * PAGE_LENGTH + " for " + count + " pages", 0);
        }
        List<DatabasePage> pages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            DatabasePage page = parse(payload, i * PAGE_LENGTH);
            if (page.recordType != expectedType || page.pageNumber != firstPage + i) {
                throw ProtocolException.corrupt("expected " + expectedType + " page " + (firstPage + i) + ", got "
                        + page.recordType + " page " + page.pageNumber, (long) i * PAGE_LENGTH);
            }
            pages.add(page);
        }
        return pages;
    }

    /** Parses one page at {@code offset}, verifying the header CRC and field ranges. */
    public static DatabasePage parse(byte[] bytes, int offset) throws ProtocolException {
        if (offset < 0 || bytes.length - offset < PAGE_LENGTH) {
            throw ProtocolException.corrupt("page truncated", offset);
        }
        int sentCrc = LittleEndian.u16(bytes, offset + HEADER_LENGTH - 2);
        int crc = Crc16.of(bytes, offset, HEADER_LENGTH - 2);
        if (sentCrc != crc) {
            throw ProtocolException.corrupt(String.format("page header CRC mismatch: sent 0x%04x, computed 0x%04x",
                    sentCrc, crc), offset + HEADER_LENGTH - 2);
        }
        long recordCount = LittleEndian.u32(bytes, offset + 4);
        if (recordCount > DATA_LENGTH) {
            throw ProtocolException.corrupt("page claims " + recordCount + " records", offset + 4);
        }
        int typeId = LittleEndian.u8(bytes, offset + 8);
        RecordType type = RecordType.fromId(typeId)
                .orElseThrow(() -> ProtocolException.corrupt("unknown record type " + typeId, offset + 8));
        byte[] data = new byte[DATA_LENGTH];
        System.arraycopy(bytes, offset + HEADER_LENGTH, data, 0, DATA_LENGTH);
        return new DatabasePage(LittleEndian.u32(bytes, offset), (int) recordCount, type,
                LittleEndian.u8(bytes, offset + 9), LittleEndian.u32(bytes, offset + 10), data);
    }

    /** The page as the receiver sends it; the simulator builds its database with this. */
    public byte[] encode() {
        byte[] bytes = new byte[PAGE_LENGTH];
        LittleEndian.putU32(bytes, 0, firstRecordIndex);
        LittleEndian.putU32(bytes, 4, recordCount);
        bytes[8] = (byte) recordType.id();
        bytes[9] = (byte) revision;
        LittleEndian.putU32(bytes, 10, pageNumber);
        LittleEndian.putU16(bytes, HEADER_LENGTH - 2, Crc16.of(bytes, 0, HEADER_LENGTH - 2));
        System.arraycopy(data, 0, bytes, HEADER_LENGTH, Math.min(data.length, DATA_LENGTH));
        return bytes;
    }

    /**
     * The raw bytes of record {@code index} of {@code recordLength} bytes, with its trailing CRC verified.
     */
    public byte[] record(int index, int recordLength) throws ProtocolException {
        int start = index * recordLength;
        if (index < 0 || index >= recordCount || start + recordLength > DATA_LENGTH || recordLength < 3) {
            throw ProtocolException.corrupt("record " + index + " of " + recordLength + " bytes does not fit page "
                    + pageNumber + " with " + recordCount + " records", start);
        }
        int sentCrc = LittleEndian.u16(data, start + recordLength - 2);
        int crc = Crc16.of(data, start, recordLength - 2);
        if (sentCrc != crc) {
            throw ProtocolException.corrupt(String.format("record %d of page %d: CRC mismatch (sent 0x%04x, computed"
                    + " 0x%04x)", firstRecordIndex + index, pageNumber, sentCrc, crc), start + recordLength - 2);
        }
        byte[] record = new byte[recordLength];
        System.arraycopy(data, start, record, 0, recordLength);
        return record;
    }

    /** Appends a trailing CRC to a record body; the simulator writes records with this. */
    public static byte[] withCrc(byte[] body) {
        byte[] record = new byte[body.length + 2];
        System.arraycopy(body, 0, record, 0, body.length);
        LittleEndian.putU16(record, body.length, Crc16.of(body, 0, body.length));
        return record;
    }
}

package org.pulseport.devices.dexcom;

import org.pulseport.devices.download.ProtocolException;

/** The first and last database page of one record type; both {@code 0xFFFFFFFF} when the partition is empty. */
public record PageRange(long first, long last) {

    public static final long NO_PAGE = 0xFFFF_FFFFL;
    public static final PageRange EMPTY = new PageRange(NO_PAGE, NO_PAGE);

    public boolean isEmpty() {
        return first == NO_PAGE || last == NO_PAGE;
    }

    public long pageCount() {
        return isEmpty() ? 0 : last - first + 1;
    }

    /** Parses the 8-byte payload of a READ_DATABASE_PAGE_RANGE reply. */
    public static PageRange parse(byte[] payload) throws ProtocolException {
        if (payload.length != 8) {
            throw ProtocolException.corrupt("page range payload has " + payload.length + " bytes, expected 8", 0);
        }
        long first = LittleEndian.u32(payload, 0);
        long last = LittleEndian.u32(payload, 4);
        if ((first == NO_PAGE) != (last == NO_PAGE) || (first != NO_PAGE && last < first)) {
            throw ProtocolException.corrupt("invalid page range " + first + ".." + last, 0);
        }
        return new PageRange(first, last);
    }

    public byte[] encode() {
        byte[] payload = new byte[8];
        LittleEndian.putU32(payload, 0, first);
        LittleEndian.putU32(payload, 4, last);
        return payload;
    }
}

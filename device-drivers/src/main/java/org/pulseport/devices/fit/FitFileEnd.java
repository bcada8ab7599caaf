package org.pulseport.devices.fit;

/**
 * The end of one FIT file: the CRC stored at {@code offset} and whether it was checked and matched.
 * {@code crcChecked} is false when CRC checking was switched off.
 */
public record FitFileEnd(long offset, int storedCrc, int computedCrc, boolean crcChecked) implements FitEvent {

    public boolean crcMatches() {
        return storedCrc == computedCrc;
    }
}

package org.pulseport.devices.fit;

/**
 * The header of one FIT file in the stream. {@code headerCrc} is {@code -1} for 12-byte headers;
 * {@code dataSize} is the number of record bytes the header announces.
 */
public record FitFileHeader(
        long offset,
        int headerSize,
        int protocolVersion,
        int profileVersion,
        long dataSize,
        int headerCrc) implements FitEvent {
}

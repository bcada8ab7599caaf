package org.pulseport.devices.fit;

/** Something odd the decoder tolerated (e.g. an unterminated file read with CRC checking off). */
public record FitWarning(long offset, String detail) implements FitEvent {

    @Override
    public String toString() {
        return "FIT warning at byte " + offset + ": " + detail;
    }
}

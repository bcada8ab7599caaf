package org.pulseport.devices.dexcom;

import java.util.Arrays;
import java.util.Optional;

/**
 * Glucose words below 20 are not readings but receiver states; the receiver shows them as blanks, "?" or "???"
 * and Pulseport skips them (counting each by name).
 */
public enum EgvSpecialValue {
    NONE(0, "no value"),
    SENSOR_NOT_ACTIVE(1, "sensor not active"),
    MINIMAL_DEVIATION(2, "minimal deviation"),
    NO_ANTENNA(3, "no antenna"),
    SENSOR_NOT_CALIBRATED(5, "sensor not calibrated"),
    COUNTS_DEVIATION(6, "counts deviation (aberration)"),
    ABSOLUTE_DEVIATION(9, "absolute deviation (?)"),
    POWER_DEVIATION(10, "power deviation"),
    BAD_RF(12, "bad RF (???)"),
    UNKNOWN(-1, "unknown special value");

    /** Values below this are special; the receiver's lowest reading is 40 ("LOW" below). */
    public static final int FIRST_READING = 20;

    private final int code;
    private final String description;

    EgvSpecialValue(int code, String description) {
        this.code = code;
        this.description = description;
    }

    public int code() {
        return code;
    }

    public String description() {
        return description;
    }

    /** The special meaning of a glucose value, empty for real readings. */
    public static Optional<EgvSpecialValue> of(int glucose) {
        if (glucose >= FIRST_READING) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(values()).filter(v -> v.code == glucose).findFirst().orElse(UNKNOWN));
    }
}

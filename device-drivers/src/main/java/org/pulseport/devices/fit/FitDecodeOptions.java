package org.pulseport.devices.fit;

import java.util.Objects;

/**
 * How to decode: {@code checkCrc} off accepts files whose CRC is wrong or missing (e.g. unterminated
 * recordings) and reports a warning instead of an error.
 */
public record FitDecodeOptions(boolean checkCrc, FitProfile profile) {

    public FitDecodeOptions {
        Objects.requireNonNull(profile, "profile");
    }

    /** CRC checked, the bundled profile. */
    public static FitDecodeOptions defaults() {
        return new FitDecodeOptions(true, FitProfile.standard());
    }

    public FitDecodeOptions withCrcCheck(boolean check) {
        return new FitDecodeOptions(check, profile);
    }
}

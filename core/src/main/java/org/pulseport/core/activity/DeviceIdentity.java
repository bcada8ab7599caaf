package org.pulseport.core.activity;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The recording device as its file names it: manufacturer and product ids (FIT numbering) and the serial
 * number; used to tell two devices of one athlete apart.
 */
public record DeviceIdentity(OptionalInt manufacturer, OptionalInt product, OptionalLong serialNumber) {

    public DeviceIdentity {
        Objects.requireNonNull(manufacturer, "manufacturer");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(serialNumber, "serialNumber");
    }
}

package org.pulseport.devices.headunit;

/**
 * The head-unit families Pulseport reads over USB storage, each with the device family code its pairing is stored
 * under and the workout destination name the workout queue uses.
 */
public enum HeadUnitKind {
    GARMIN("garmin-usb", "Garmin"),
    WAHOO("wahoo-usb", "Wahoo");

    private final String code;
    private final String brand;

    HeadUnitKind(String code, String brand) {
        this.code = code;
        this.brand = brand;
    }

    /** {@code garmin-usb} or {@code wahoo-usb}: the devices-table family and the workout destination. */
    public String code() {
        return code;
    }

    public String brand() {
        return brand;
    }
}

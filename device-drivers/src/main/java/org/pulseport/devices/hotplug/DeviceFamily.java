package org.pulseport.devices.hotplug;

/** The device families Pulseport recognises on the USB bus, how they are reached, and whether a driver exists. */
public enum DeviceFamily {
    DEXCOM_RECEIVER("Dexcom G4/G5/G6 receiver", TransportKind.SERIAL, true),
    LIBRE_READER("FreeStyle Libre reader", TransportKind.HID, true),
    LIBRE_2_READER("FreeStyle Libre 2 reader", TransportKind.HID, false),
    GARMIN_DEVICE("Garmin device", TransportKind.VOLUME, true),
    WAHOO_DEVICE("Wahoo head unit", TransportKind.VOLUME, true);

    private final String displayName;
    private final TransportKind transport;
    private final boolean supported;

    DeviceFamily(String displayName, TransportKind transport, boolean supported) {
        this.displayName = displayName;
        this.transport = transport;
        this.supported = supported;
    }

    public String displayName() {
        return displayName;
    }

    public TransportKind transport() {
        return transport;
    }

    /** False for devices that are recognised (so the UI can name them) but cannot be downloaded yet. */
    public boolean supported() {
        return supported;
    }
}

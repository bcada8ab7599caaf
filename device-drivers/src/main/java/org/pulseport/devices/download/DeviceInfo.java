package org.pulseport.devices.download;

/** What a device says about itself: its model, serial number and firmware version. */
public record DeviceInfo(String model, String serialNumber, String firmwareVersion) {
}

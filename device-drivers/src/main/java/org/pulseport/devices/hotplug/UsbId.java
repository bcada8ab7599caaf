package org.pulseport.devices.hotplug;

/** A USB vendor and product id, written as lsusb does ({@code 22a3:0047}). */
public record UsbId(int vendorId, int productId) {

    public UsbId {
        if (vendorId < 0 || vendorId > 0xFFFF || productId < 0 || productId > 0xFFFF) {
            throw new IllegalArgumentException("USB ids are 16-bit: " + vendorId + ":" + productId);
        }
    }

    @Override
    public String toString() {
        return String.format("%04x:%04x", vendorId, productId);
    }
}

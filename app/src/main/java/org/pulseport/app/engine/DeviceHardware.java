package org.pulseport.app.engine;

import java.util.List;
import java.util.Optional;
import org.pulseport.devices.dexcom.DexcomDownloader;
import org.pulseport.devices.hotplug.EnumerationSource;
import org.pulseport.devices.hotplug.HidEnumeration;
import org.pulseport.devices.hotplug.LibusbHotplugTrigger;
import org.pulseport.devices.hotplug.SerialPortEnumeration;
import org.pulseport.devices.hotplug.TransportKind;
import org.pulseport.devices.transport.SerialTransport;
import org.pulseport.devices.transport.Transport;

/**
 * How the application reaches devices: which are attached, a transport to one of them, and native hot-plug
 * notifications. {@link #system()} is the real USB and serial stack; tests inject a list of devices served by
 * simulators on pseudo-terminals.
 */
public interface DeviceHardware {

    /** Lists the attached devices. */
    EnumerationSource enumeration();

    /** A transport, not yet opened, to the device at {@code path}; empty when no such device is attached. */
    Optional<Transport> transport(TransportKind kind, String path);

    /**
     * Starts native hot-plug notifications that call {@code nudge} on every USB change, where the platform has
     * them; the returned handle stops them. Without them the hot-plug monitor's polling notices changes.
     */
    default AutoCloseable nativeHotplug(Runnable nudge) {
        return () -> { };
    }

    /** Serial ports through jSerialComm, HID devices through hidapi, libusb hot-plug callbacks. */
    static DeviceHardware system() {
        return new SystemHardware();
    }

    /** The real stack; native libraries are loaded on first use, and their failures mean "nothing attached". */
    final class SystemHardware implements DeviceHardware {
        private final HidEnumeration hid = new HidEnumeration();
        private final EnumerationSource enumeration = EnumerationSource.combined(List.of(new SerialPortEnumeration(), hid));

        @Override
        public EnumerationSource enumeration() {
            return enumeration;
        }

        @Override
        public Optional<Transport> transport(TransportKind kind, String path) {
            switch (kind) {
                case SERIAL:
                    return Optional.of(new SerialTransport(path, DexcomDownloader.BAUD_RATE));
                case HID:
                    return hid.transport(path).map(t -> t);
                default:
                    return Optional.empty();
            }
        }

        @Override
        public AutoCloseable nativeHotplug(Runnable nudge) {
            LibusbHotplugTrigger trigger = new LibusbHotplugTrigger(nudge);
            return trigger.start() ? trigger : () -> { };
        }
    }
}

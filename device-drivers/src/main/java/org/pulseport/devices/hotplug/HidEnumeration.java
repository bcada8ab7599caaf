package org.pulseport.devices.hotplug;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hid4java.HidDevice;
import org.hid4java.HidManager;
import org.hid4java.HidServices;
import org.hid4java.HidServicesSpecification;
import org.pulseport.devices.transport.HidTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HID devices through hid4java (hidapi). hid4java's own scanning thread stays off: Pulseport's
 * {@link HotplugMonitor} decides when to enumerate.
 */
public final class HidEnumeration implements EnumerationSource {

    private static final Logger LOG = LoggerFactory.getLogger(HidEnumeration.class);

    private HidServices services;

    private synchronized HidServices services() {
        if (services == null) {
            HidServicesSpecification specification = new HidServicesSpecification();
            specification.setAutoStart(false);
            specification.setAutoShutdown(false);
            services = HidManager.getHidServices(specification);
        }
        return services;
    }

    @Override
    public List<AttachedDevice> enumerate() {
        List<AttachedDevice> devices = new ArrayList<>();
        for (HidDevice device : attached()) {
            devices.add(new AttachedDevice(new UsbId(device.getVendorId() & 0xFFFF, device.getProductId() & 0xFFFF),
                    device.getManufacturer(), device.getPath(), TransportKind.HID));
        }
        return devices;
    }

    /** A transport for the HID device at {@code path}, if it is still attached. */
    public Optional<HidTransport> transport(String path) {
        return attached().stream().filter(d -> path.equals(d.getPath())).findFirst().map(HidTransport::new);
    }

    private List<HidDevice> attached() {
        try {
            return services().getAttachedHidDevices();
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("HID enumeration failed: {}", e.toString());
            return List.of();
        }
    }
}

package org.pulseport.devices.hotplug;

import com.fazecast.jSerialComm.SerialPort;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Serial ports with USB ids, through jSerialComm (CDC-ACM devices such as the Dexcom receiver). */
public final class SerialPortEnumeration implements EnumerationSource {

    private static final Logger LOG = LoggerFactory.getLogger(SerialPortEnumeration.class);

    @Override
    public List<AttachedDevice> enumerate() {
        List<AttachedDevice> devices = new ArrayList<>();
        try {
            for (SerialPort port : SerialPort.getCommPorts()) {
                int vendor = port.getVendorID();
                int product = port.getProductID();
                if (vendor >= 0 && vendor <= 0xFFFF && product >= 0 && product <= 0xFFFF) {
                    devices.add(new AttachedDevice(new UsbId(vendor, product), port.getManufacturer(),
                            port.getSystemPortPath(), TransportKind.SERIAL));
                }
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Serial port enumeration failed: {}", e.toString());
        }
        return devices;
    }
}

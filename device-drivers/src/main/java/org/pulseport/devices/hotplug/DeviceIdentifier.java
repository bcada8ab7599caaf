package org.pulseport.devices.hotplug;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.pulseport.devices.dexcom.DexcomDownloader;
import org.pulseport.devices.dexcom.DexcomReceiver;
import org.pulseport.devices.download.DeviceError;
import org.pulseport.devices.download.DeviceException;
import org.pulseport.devices.download.Transports;
import org.pulseport.devices.libre.LibreReader;
import org.pulseport.devices.transport.SerialTransport;
import org.pulseport.devices.transport.Transport;
import org.pulseport.devices.transport.TransportError;

/**
 * Reads the serial number of a device that just arrived, over its own protocol, so the app can match it to a
 * patient's stored device. Transports and readers are injected, so tests run against the simulators.
 */
public final class DeviceIdentifier {

    public static final Duration REPLY_TIMEOUT = Duration.ofSeconds(2);

    private final Function<AttachedDevice, Optional<Transport>> transports;
    private final Map<DeviceFamily, SerialNumberReader> readers;

    public DeviceIdentifier(Function<AttachedDevice, Optional<Transport>> transports,
                            Map<DeviceFamily, SerialNumberReader> readers) {
        this.transports = transports;
        this.readers = Map.copyOf(readers);
    }

    /** Real serial ports and HID devices, with the Dexcom and Libre protocol readers. */
    public static DeviceIdentifier forHardware(HidEnumeration hid) {
        return new DeviceIdentifier(device -> {
            if (device.kind() == TransportKind.SERIAL) {
                return Optional.of(new SerialTransport(device.path(), DexcomDownloader.BAUD_RATE));
            }
            return device.kind() == TransportKind.HID ? hid.transport(device.path()).map(t -> t) : Optional.empty();
        }, Map.of(DeviceFamily.DEXCOM_RECEIVER, DeviceIdentifier::dexcomSerial,
                DeviceFamily.LIBRE_READER, DeviceIdentifier::libreSerial));
    }

    public IdentifiedDevice identify(DeviceEvent.Arrived arrival) {
        AttachedDevice device = arrival.device();
        SerialNumberReader reader = readers.get(arrival.family());
        Optional<Transport> transport = transports.apply(device);
        if (reader == null || transport.isEmpty()) {
            return new IdentifiedDevice(device, arrival.family(), Optional.empty(), Optional.empty());
        }
        try {
            return new IdentifiedDevice(device, arrival.family(), Optional.of(reader.read(transport.get())),
                    Optional.empty());
        } catch (DeviceException e) {
            return new IdentifiedDevice(device, arrival.family(), Optional.empty(), Optional.of(e.error()));
        } finally {
            transport.get().close();
        }
    }

    /** The serial number from a Dexcom receiver's manufacturing record. */
    public static String dexcomSerial(Transport transport) throws DeviceException {
        Transports.open(transport);
        return new DexcomReceiver(transport, REPLY_TIMEOUT).manufacturingData().serialNumber();
    }

    /** The serial number a FreeStyle Libre reader answers to {@code $sn?}. */
    public static String libreSerial(Transport transport) throws DeviceException {
        Transports.open(transport);
        LibreReader reader = new LibreReader(transport, REPLY_TIMEOUT);
        reader.handshake();
        return reader.text("$sn?").trim();
    }

    /** Whether a problem needs the person to act (permissions, another program) rather than a retry. */
    public static boolean needsUserAction(DeviceError problem) {
        return problem instanceof DeviceError.Link
                && (((DeviceError.Link) problem).cause() instanceof TransportError.PermissionDenied
                || ((DeviceError.Link) problem).cause() instanceof TransportError.Busy);
    }
}

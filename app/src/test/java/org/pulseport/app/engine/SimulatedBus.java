package org.pulseport.app.engine;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.pulseport.devices.dexcom.DexcomDownloader;
import org.pulseport.devices.hotplug.AttachedDevice;
import org.pulseport.devices.hotplug.EnumerationSource;
import org.pulseport.devices.hotplug.TransportKind;
import org.pulseport.devices.hotplug.UsbId;
import org.pulseport.devices.sim.DexcomSimulatorConfig;
import org.pulseport.devices.sim.DexcomSimulatorServer;
import org.pulseport.devices.transport.AccessAdvice;
import org.pulseport.devices.transport.SerialTransport;
import org.pulseport.devices.transport.Transport;
import org.pulseport.devices.transport.TransportError;
import org.pulseport.devices.transport.TransportException;

/**
 * A USB bus for tests: "plugging in" starts a simulated Dexcom receiver on a new pseudo-terminal and lists it with
 * the receiver's USB ids, so the real hot-plug monitor, identification and the jSerialComm driver all run against
 * it; "unplugging" removes it from the list and closes the simulator. A device can also be plugged in that the
 * operating system refuses to open (missing udev rule).
 */
public final class SimulatedBus implements DeviceHardware, AutoCloseable {

    public static final UsbId DEXCOM_RECEIVER = new UsbId(0x22A3, 0x0047);
    public static final Duration POLL = Duration.ofMillis(100);

    private final List<AttachedDevice> attached = new CopyOnWriteArrayList<>();
    private final Map<String, DexcomSimulatorServer> servers = new ConcurrentHashMap<>();
    private final Map<String, Boolean> denied = new ConcurrentHashMap<>();

    /** Starts a receiver for {@code config} on a new pseudo-terminal and attaches it. */
    public DexcomSimulatorServer plugIn(DexcomSimulatorConfig config) {
        DexcomSimulatorServer server = DexcomSimulatorServer.startOnNewPty(config);
        servers.put(server.portPath(), server);
        attached.add(new AttachedDevice(DEXCOM_RECEIVER, "Dexcom", server.portPath(), TransportKind.SERIAL));
        return server;
    }

    /** Attaches a receiver at {@code path} that cannot be opened for lack of permission. */
    public void plugInWithoutPermission(String path) {
        denied.put(path, true);
        attached.add(new AttachedDevice(DEXCOM_RECEIVER, "Dexcom", path, TransportKind.SERIAL));
    }

    /** Attaches a device that only shows up on the bus (nothing answers at its path). */
    public void attach(UsbId usbId, String manufacturer, String path, TransportKind kind) {
        attached.add(new AttachedDevice(usbId, manufacturer, path, kind));
    }

    /** Pulls the receiver out: it disappears from the bus and its port closes. */
    public void unplug(DexcomSimulatorServer server) {
        attached.removeIf(d -> d.path().equals(server.portPath()));
        servers.remove(server.portPath());
        server.close();
    }

    public void unplug(String path) {
        attached.removeIf(d -> d.path().equals(path));
        denied.remove(path);
        Optional.ofNullable(servers.remove(path)).ifPresent(DexcomSimulatorServer::close);
    }

    @Override
    public EnumerationSource enumeration() {
        return () -> List.copyOf(attached);
    }

    @Override
    public Optional<Transport> transport(TransportKind kind, String path) {
        if (denied.containsKey(path)) {
            return Optional.of(new DeniedTransport(path));
        }
        return attached.stream().anyMatch(d -> d.path().equals(path))
                ? Optional.of(new SerialTransport(path, DexcomDownloader.BAUD_RATE)) : Optional.empty();
    }

    @Override
    public void close() {
        servers.values().forEach(DexcomSimulatorServer::close);
        servers.clear();
        attached.clear();
    }

    /** A device node the operating system refuses to open, as without the udev rule. */
    private static final class DeniedTransport implements Transport {
        private final String path;

        DeniedTransport(String path) {
            this.path = path;
        }

        @Override
        public String description() {
            return path;
        }

        @Override
        public void open() throws TransportException {
            throw new TransportException(new TransportError.PermissionDenied(path, AccessAdvice.permissionFix(path)));
        }

        @Override
        public int read(byte[] buffer, int offset, int length, Duration timeout) throws TransportException {
            throw new TransportException(new TransportError.IoFailure(path, "not open"));
        }

        @Override
        public void write(byte[] data) throws TransportException {
            throw new TransportException(new TransportError.IoFailure(path, "not open"));
        }

        @Override
        public void close() {
        }
    }
}

package org.pulseport.devices.hotplug;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pulseport.devices.dexcom.DexcomDownloader;
import org.pulseport.devices.download.DeviceError;
import org.pulseport.devices.sim.DexcomSimulatorConfig;
import org.pulseport.devices.sim.DexcomSimulatorServer;
import org.pulseport.devices.sim.LibreReaderSimulator;
import org.pulseport.devices.sim.SimulatedDevice;
import org.pulseport.devices.transport.AccessAdvice;
import org.pulseport.devices.transport.SerialTransport;
import org.pulseport.devices.transport.Transport;
import org.pulseport.devices.transport.TransportError;
import org.pulseport.devices.transport.TransportException;

class DeviceIdentifierTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-15T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void readsTheDexcomSerialNumberOverThePseudoTerminal() {
        try (DexcomSimulatorServer server = DexcomSimulatorServer.startOnNewPty(DexcomSimulatorConfig.of(
                SimulatedDevice.dexcomReceiver().withDays(1).withSerialNumber("SM98765432")))) {
            AttachedDevice device = new AttachedDevice(new UsbId(0x22A3, 0x0047), "Dexcom", server.portPath(),
                    TransportKind.SERIAL);
            DeviceIdentifier identifier = new DeviceIdentifier(
                    d -> Optional.of(new SerialTransport(d.path(), DexcomDownloader.BAUD_RATE)),
                    Map.of(DeviceFamily.DEXCOM_RECEIVER, DeviceIdentifier::dexcomSerial));
            IdentifiedDevice identified = identifier.identify(
                    new DeviceEvent.Arrived(device, DeviceFamily.DEXCOM_RECEIVER));
            assertThat(identified.serialNumber()).contains("SM98765432");
            assertThat(identified.problem()).isEmpty();
        }
    }

    @Test
    void readsTheLibreSerialNumberFromTheSimulatedReader() {
        LibreReaderSimulator reader = new LibreReaderSimulator(SimulatedDevice.libreReader().withDays(1)
                .withClock(CLOCK, ZoneOffset.UTC));
        AttachedDevice device = new AttachedDevice(new UsbId(0x1A61, 0x3650), "Abbott", "sim", TransportKind.HID);
        DeviceIdentifier identifier = new DeviceIdentifier(d -> Optional.of(reader),
                Map.of(DeviceFamily.LIBRE_READER, DeviceIdentifier::libreSerial));
        assertThat(identifier.identify(new DeviceEvent.Arrived(device, DeviceFamily.LIBRE_READER)).serialNumber())
                .contains("JCMV241-T1234");
    }

    @Test
    void aDeviceThatCannotBeOpenedIsReportedWithTheFix() {
        AttachedDevice device = new AttachedDevice(new UsbId(0x22A3, 0x0047), "Dexcom", "/dev/ttyACM0",
                TransportKind.SERIAL);
        Transport refusing = new RefusingTransport(new TransportError.PermissionDenied("/dev/ttyACM0",
                AccessAdvice.permissionFix("/dev/ttyACM0")));
        DeviceIdentifier identifier = new DeviceIdentifier(d -> Optional.of(refusing),
                Map.of(DeviceFamily.DEXCOM_RECEIVER, DeviceIdentifier::dexcomSerial));
        IdentifiedDevice identified = identifier.identify(new DeviceEvent.Arrived(device, DeviceFamily.DEXCOM_RECEIVER));
        assertThat(identified.serialNumber()).isEmpty();
        DeviceError problem = identified.problem().orElseThrow();
        assertThat(DeviceIdentifier.needsUserAction(problem)).isTrue();
        assertThat(problem.userMessage()).contains(AccessAdvice.RULES_PATH).contains("replug");
    }

    @Test
    void familiesWithoutAProtocolReaderAreIdentifiedByUsbIdOnly() {
        AttachedDevice device = new AttachedDevice(new UsbId(0x091E, 0x4B48), "Garmin", "/media/GARMIN",
                TransportKind.VOLUME);
        IdentifiedDevice identified = new DeviceIdentifier(d -> Optional.empty(), Map.of())
                .identify(new DeviceEvent.Arrived(device, DeviceFamily.GARMIN_DEVICE));
        assertThat(identified.family()).isEqualTo(DeviceFamily.GARMIN_DEVICE);
        assertThat(identified.serialNumber()).isEmpty();
        assertThat(identified.problem()).isEmpty();
    }

    /** A transport whose open() fails with a fixed error. */
    private record RefusingTransport(TransportError error) implements Transport {
        public String description() { return "refusing"; }
        public void open() throws TransportException { throw new TransportException(error); }
        public int read(byte[] b, int o, int l, Duration t) throws TransportException { throw new TransportException(error); }
        public void write(byte[] data) throws TransportException { throw new TransportException(error); }
        public void close() { }
    }
}

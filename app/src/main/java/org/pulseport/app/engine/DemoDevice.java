package org.pulseport.app.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import org.pulseport.app.store.SourceEntity;
import org.pulseport.app.store.SourceRepository;
import org.pulseport.core.model.Profile;
import org.pulseport.devices.dexcom.DexcomDownloader;
import org.pulseport.devices.dexcom.EgvLayout;
import org.pulseport.devices.hotplug.DeviceFamily;
import org.pulseport.devices.sim.DexcomSimulatorConfig;
import org.pulseport.devices.sim.DexcomSimulatorServer;
import org.pulseport.devices.sim.SimulatedDevice;
import org.pulseport.devices.transport.SerialTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The device part of {@code --demo}: a simulated Dexcom G5 receiver with {@value #DAYS} days of readings, paired
 * with a "Demo patient" profile and imported through the real path (a pseudo-terminal and the jSerialComm
 * driver), so the Devices view shows a paired receiver and its import history. It is plugged in again (only new
 * readings are imported) when the last import is more than {@link #REFRESH_AFTER} old. Where pseudo-terminals
 * are not available (Windows) the demo goes on without it.
 */
public final class DemoDevice {

    public static final String PROFILE_NAME = "Demo patient";
    public static final String SERIAL_NUMBER = "SM40000001";
    static final int DAYS = 30;
    static final Duration REFRESH_AFTER = Duration.ofHours(6);
    private static final Logger LOG = LoggerFactory.getLogger(DemoDevice.class);

    private final ProfileService profiles;
    private final DeviceService devices;
    private final DeviceImportService imports;
    private final SourceRepository sources;
    private final DailyAggregator aggregator;
    private final ProfileAnalysis analysis;
    private final Clock clock;

    public DemoDevice(ProfileService profiles, DeviceService devices, DeviceImportService imports,
                      SourceRepository sources, DailyAggregator aggregator, ProfileAnalysis analysis, Clock clock) {
        this.profiles = profiles;
        this.devices = devices;
        this.imports = imports;
        this.sources = sources;
        this.aggregator = aggregator;
        this.analysis = analysis;
        this.clock = clock;
    }

    /** Makes sure the demo receiver is paired and imported recently; reports progress as text; never fails. */
    public Optional<DeviceImportReport> ensure(Consumer<String> progress) {
        Profile patient = profiles.ensure(PROFILE_NAME, ZoneId.systemDefault());
        String code = DeviceDrivers.code(DeviceFamily.DEXCOM_RECEIVER);
        Optional<Instant> lastImport = sources.find(patient.id(), code, SERIAL_NUMBER).map(SourceEntity::getLastSyncedAt);
        if (lastImport.isPresent() && lastImport.get().isAfter(clock.instant().minus(REFRESH_AFTER))) {
            return Optional.empty();
        }
        progress.accept("Plugging in the demo Dexcom receiver");
        DexcomSimulatorConfig config = DexcomSimulatorConfig.of(SimulatedDevice.dexcomReceiver()
                .withSerialNumber(SERIAL_NUMBER).withDays(DAYS).withSeed(4242)
                .withClockOffset(Duration.ofMinutes(3))).withModel(EgvLayout.G5);
        try (DexcomSimulatorServer receiver = DexcomSimulatorServer.startOnNewPty(config)) {
            DeviceService.KnownDevice device = devices.recordSeen(DeviceFamily.DEXCOM_RECEIVER, SERIAL_NUMBER,
                    receiver.portPath());
            if (device.pairedWith().isEmpty()) {
                devices.pair(device.id(), patient.id());
            }
            Profile target = devices.find(device.id()).flatMap(DeviceService.KnownDevice::pairedWith).orElse(patient);
            DeviceImportReport report = imports.importFrom(DeviceImportRequest.of(DeviceFamily.DEXCOM_RECEIVER,
                    new SerialTransport(receiver.portPath(), DexcomDownloader.BAUD_RATE), target.id(), SERIAL_NUMBER,
                    SyncTrigger.PLUG_IN));
            if (report.inserted() > 0) {
                progress.accept("Computing daily statistics");
                aggregator.aggregateAll().profiles().forEach(analysis::analyze);
            }
            LOG.info("Demo receiver {}: {}", SERIAL_NUMBER, report.message());
            return Optional.of(report);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("The demo receiver is not available on this system ({}); the demo goes on without it", e.toString());
            return Optional.empty();
        }
    }
}

package org.pulseport.app.engine;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.pulseport.core.model.Profile;
import org.pulseport.devices.download.CancellationToken;
import org.pulseport.devices.hotplug.DeviceEvent;
import org.pulseport.devices.hotplug.HotplugMonitor;
import org.pulseport.devices.hotplug.KnownDevices;
import org.pulseport.devices.hotplug.TransportKind;
import org.pulseport.devices.transport.Transport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hot-plug in the running app: watches the USB bus ({@link HotplugMonitor} over a {@link DeviceHardware}), reads
 * the serial number of each recognised device that arrives, and then asks for a profile (first connection),
 * asks staff to confirm the patient (clinic mode) or imports into the paired profile right away. Imports run one
 * at a time on the watcher's own thread and can be cancelled. Listeners hear everything as
 * {@link DeviceActivity}, on the watcher's threads.
 *
 * <p>Only the desktop app starts it; one-shot commands never watch the bus.
 */
public final class DeviceWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceWatcher.class);

    private final DeviceService devices;
    private final DeviceImportService imports;
    private final ProfileService profiles;
    private final Map<String, DetectedDevice> detected = new LinkedHashMap<>();
    private final List<Consumer<DeviceActivity>> listeners = new CopyOnWriteArrayList<>();
    private DeviceHardware hardware;
    private HotplugMonitor monitor;
    private AutoCloseable nativeHotplug;
    private ExecutorService worker;
    private volatile CancellationToken runningImport;

    public DeviceWatcher(DeviceService devices, DeviceImportService imports, ProfileService profiles) {
        this.devices = devices;
        this.imports = imports;
        this.profiles = profiles;
    }

    /** Starts watching with the default polling interval (changes are noticed well within 2 s). */
    public void start(DeviceHardware hardware) {
        start(hardware, HotplugMonitor.DEFAULT_INTERVAL);
    }

    /** Starts watching {@code hardware}; devices already attached are reported as arrivals. Once only. */
    public synchronized void start(DeviceHardware devicesHardware, Duration interval) {
        if (monitor != null) {
            return;
        }
        hardware = devicesHardware;
        worker = Executors.newSingleThreadExecutor(WorkQueues.namedDaemons("pulseport-devices"));
        monitor = new HotplugMonitor(hardware.enumeration(), new KnownDevices(), this::onHotplug, interval);
        monitor.start();
        HotplugMonitor started = monitor;
        try {
            nativeHotplug = hardware.nativeHotplug(started::nudge);
        } catch (RuntimeException | LinkageError e) {
            LOG.info("native hot-plug notifications unavailable, polling only: {}", e.toString());
            nativeHotplug = () -> { };
        }
        LOG.info("watching for devices every {} ms", interval.toMillis());
    }

    public synchronized boolean isRunning() {
        return monitor != null;
    }

    public void addListener(Consumer<DeviceActivity> listener) {
        listeners.add(listener);
    }

    /** The recognised devices attached right now, in order of arrival. */
    public synchronized List<DetectedDevice> detected() {
        return new ArrayList<>(detected.values());
    }

    public synchronized Optional<DetectedDevice> detected(String path) {
        return Optional.ofNullable(detected.get(path));
    }

    /** Pairs the device at {@code path} with a profile and imports into it (the answer to a pairing prompt). */
    public void pairAndImport(String path, long profileId) {
        submit(() -> {
            DetectedDevice device = current(path).orElse(null);
            if (device == null || device.deviceId().isEmpty()) {
                return;
            }
            devices.pair(device.deviceId().get(), profileId);
            Optional<Profile> profile = profiles.find(profileId);
            profile.ifPresent(p -> runImport(path, p, SyncTrigger.PLUG_IN));
        });
    }

    /** Creates a profile, pairs the device at {@code path} with it and imports (creating a patient on the spot). */
    public ProfileCreation createProfileAndImport(String path, String name, ZoneId zone) {
        ProfileCreation created = profiles.create(name, zone);
        if (created instanceof ProfileCreation.Created ok) {
            pairAndImport(path, ok.profile().id());
        }
        return created;
    }

    /** Staff confirmed the patient of a paired device (clinic mode): import into its profile. */
    public void confirmImport(String path) {
        submit(() -> current(path).flatMap(DetectedDevice::profile)
                .ifPresent(profile -> runImport(path, profile, SyncTrigger.PLUG_IN)));
    }

    /** Imports again from a paired, attached device ("Import now"). */
    public void importNow(String path) {
        submit(() -> current(path).flatMap(DetectedDevice::deviceId).flatMap(devices::find)
                .flatMap(DeviceService.KnownDevice::pairedWith)
                .ifPresent(profile -> runImport(path, profile, SyncTrigger.MANUAL)));
    }

    /** Stops the running import before its next request to the device; false when none runs. */
    public boolean cancelImport() {
        CancellationToken token = runningImport;
        if (token == null) {
            return false;
        }
        token.cancel();
        return true;
    }

    private void onHotplug(DeviceEvent event) {
        String path = event.device().path();
        if (event instanceof DeviceEvent.Arrived arrived) {
            DetectedDevice device = DetectedDevice.arrived(arrived.device(), arrived.family());
            synchronized (this) {
                detected.put(path, device);
            }
            LOG.info("device arrived: {} at {} ({})", device.family().displayName(), path, arrived.device().usbId());
            emit(new DeviceActivity.Arrived(device));
            submit(() -> identify(path));
        } else {
            DetectedDevice gone;
            synchronized (this) {
                gone = detected.remove(path);
            }
            if (gone != null) {
                LOG.info("device removed: {} at {}", gone.label(), path);
                emit(new DeviceActivity.Removed(gone));
            }
        }
    }

    private void identify(String path) {
        DetectedDevice device = current(path).orElse(null);
        if (device == null) {
            return;
        }
        Optional<Transport> transport = device.family().supported() && device.kind() != TransportKind.VOLUME
                ? hardware.transport(device.kind(), path) : Optional.empty();
        if (transport.isEmpty()) {
            DeviceProblem why = device.family().supported() && device.kind() != TransportKind.VOLUME
                    ? new DeviceProblem(DeviceProblem.Kind.DISCONNECTED, "The device is no longer connected. Plug it in again.")
                    : DeviceImportService.unsupported(device.family());
            problem(path, why);
            return;
        }
        DeviceImportService.Identification identification = imports.identify(device.family(), transport.get());
        if (identification instanceof DeviceImportService.Identification.Failed failed) {
            problem(path, failed.problem());
            return;
        }
        String serial = ((DeviceImportService.Identification.Known) identification).serialNumber();
        DeviceService.KnownDevice known = devices.recordSeen(device.family(), serial, path);
        DeviceService.ArrivalPlan plan = devices.plan(known);
        DetectedDevice.State state = plan instanceof DeviceService.ArrivalPlan.AskForProfile
                ? DetectedDevice.State.NEEDS_PROFILE
                : plan instanceof DeviceService.ArrivalPlan.ConfirmPatient ? DetectedDevice.State.NEEDS_CONFIRMATION
                : DetectedDevice.State.READY;
        Optional<DetectedDevice> identified = update(path, d -> d.identified(serial, known.id(), known.pairedWith(), state));
        LOG.info("device identified: {} at {}, {}", known.label(), path, state);
        identified.ifPresent(d -> emit(new DeviceActivity.Identified(d)));
        if (plan instanceof DeviceService.ArrivalPlan.ImportInto importInto && identified.isPresent()) {
            runImport(path, importInto.profile(), SyncTrigger.PLUG_IN);
        }
    }

    private void problem(String path, DeviceProblem why) {
        DetectedDevice.State state = why.kind() == DeviceProblem.Kind.UNSUPPORTED ? DetectedDevice.State.UNSUPPORTED
                : DetectedDevice.State.PROBLEM;
        LOG.info("device at {} cannot be imported: {}", path, why.message());
        update(path, d -> d.withProblem(state, why)).ifPresent(d -> emit(new DeviceActivity.Identified(d)));
    }

    private void runImport(String path, Profile profile, SyncTrigger trigger) {
        DetectedDevice device = current(path).orElse(null);
        if (device == null || device.serialNumber().isEmpty()) {
            return;
        }
        Optional<Transport> transport = hardware.transport(device.kind(), path);
        if (transport.isEmpty()) {
            problem(path, new DeviceProblem(DeviceProblem.Kind.DISCONNECTED,
                    "The device is no longer connected. Plug it in again."));
            return;
        }
        CancellationToken token = new CancellationToken();
        runningImport = token;
        DetectedDevice importing = update(path, d -> d.inState(DetectedDevice.State.IMPORTING, Optional.of(profile)))
                .orElse(device);
        emit(new DeviceActivity.ImportStarted(importing, profile));
        DeviceImportReport report;
        try {
            report = imports.importFrom(new DeviceImportRequest(device.family(), transport.get(), profile.id(),
                    device.serialNumber().get(), trigger,
                    progress -> emit(new DeviceActivity.ImportProgressed(importing, profile, progress)), token));
        } finally {
            runningImport = null;
        }
        DeviceImportReport finished = report;
        DetectedDevice after = update(path, d -> finished.problem().isPresent()
                && finished.outcome() == DeviceImportReport.Outcome.FAILED
                ? d.inState(DetectedDevice.State.READY, Optional.of(profile)).withProblem(DetectedDevice.State.PROBLEM,
                finished.problem().get())
                : d.inState(DetectedDevice.State.READY, Optional.of(profile)))
                .orElse(importing.inState(DetectedDevice.State.READY, Optional.of(profile)));
        emit(new DeviceActivity.ImportFinished(after, report));
    }

    private synchronized Optional<DetectedDevice> current(String path) {
        return Optional.ofNullable(detected.get(path));
    }

    /** Replaces the attached device's state; empty when it was removed meanwhile. */
    private synchronized Optional<DetectedDevice> update(String path, UnaryOperator<DetectedDevice> change) {
        DetectedDevice device = detected.get(path);
        if (device == null) {
            return Optional.empty();
        }
        DetectedDevice next = change.apply(device);
        detected.put(path, next);
        return Optional.of(next);
    }

    private void submit(Runnable work) {
        ExecutorService executor;
        synchronized (this) {
            executor = worker;
        }
        if (executor == null) {
            LOG.warn("device watcher is not running; ignoring a request");
            return;
        }
        executor.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.error("device work failed", e);
            }
        });
    }

    private void emit(DeviceActivity activity) {
        for (Consumer<DeviceActivity> listener : listeners) {
            try {
                listener.accept(activity);
            } catch (RuntimeException e) {
                LOG.error("device listener failed on {}", activity.getClass().getSimpleName(), e);
            }
        }
    }

    @Override
    public void close() {
        HotplugMonitor stoppedMonitor;
        AutoCloseable stoppedNative;
        ExecutorService stoppedWorker;
        synchronized (this) {
            stoppedMonitor = monitor;
            stoppedNative = nativeHotplug;
            stoppedWorker = worker;
            monitor = null;
            nativeHotplug = null;
            worker = null;
        }
        if (stoppedMonitor == null) {
            return;
        }
        cancelImport();
        stoppedMonitor.close();
        try {
            stoppedNative.close();
        } catch (Exception e) {
            LOG.warn("stopping native hot-plug notifications failed: {}", e.toString());
        }
        stoppedWorker.shutdown();
        try {
            if (!stoppedWorker.awaitTermination(10, TimeUnit.SECONDS)) {
                stoppedWorker.shutdownNow();
            }
        } catch (InterruptedException e) {
            stoppedWorker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}

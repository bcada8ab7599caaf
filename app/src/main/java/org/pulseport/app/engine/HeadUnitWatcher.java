package org.pulseport.app.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.pulseport.devices.headunit.HeadUnit;
import org.pulseport.devices.headunit.HeadUnitProbe;
import org.pulseport.devices.headunit.HeadUnitVolumes;
import org.pulseport.devices.hotplug.DeviceEvent;
import org.pulseport.devices.hotplug.HotplugMonitor;
import org.pulseport.devices.hotplug.KnownDevices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the mount points for head units (a {@link HotplugMonitor} over {@link HeadUnitVolumes}, every
 * {@link #INTERVAL}) and hands each arriving unit to {@link HeadUnitSync} on the monitor's thread. Listeners get
 * one line per event for the user: what was imported, or what to do on the unit to make its files visible.
 */
public final class HeadUnitWatcher implements AutoCloseable {

    public static final Duration INTERVAL = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(HeadUnitWatcher.class);

    private final HeadUnitVolumes volumes;
    private final HeadUnitSync sync;
    private final HotplugMonitor monitor;
    private final Map<String, HeadUnit> connected = new ConcurrentHashMap<>();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    public HeadUnitWatcher(HeadUnitVolumes volumes, HeadUnitSync sync) {
        this.volumes = volumes;
        this.sync = sync;
        this.monitor = new HotplugMonitor(volumes, new KnownDevices(), this::handle, INTERVAL);
    }

    /** Starts watching in the background. */
    public void start() {
        monitor.start();
    }

    /** Looks once, now, and handles what changed (on the calling thread). */
    public void poll() {
        monitor.poll();
    }

    /** Registers a listener for the user-facing lines; it is called on the watcher's thread. */
    public void addListener(Consumer<String> listener) {
        listeners.add(listener);
    }

    /** The head units connected right now: for writing queued workouts to the unit of a destination. */
    public List<HeadUnit> connectedUnits() {
        return List.copyOf(connected.values());
    }

    private void handle(DeviceEvent event) {
        String path = event.device().path();
        if (event instanceof DeviceEvent.Removed) {
            HeadUnit gone = connected.remove(path);
            if (gone != null) {
                tell(gone.displayName() + " was disconnected.");
            }
            return;
        }
        HeadUnitProbe.Result result = volumes.probe(Path.of(path));
        if (result instanceof HeadUnitProbe.Result.Found) {
            HeadUnit unit = ((HeadUnitProbe.Result.Found) result).unit();
            connected.put(path, unit);
            try {
                tell(sync.connected(unit).summary());
            } catch (RuntimeException e) {
                LOG.error("Handling head unit {} at {} failed", unit.unitId(), path, e);
                tell("Importing from " + unit.displayName() + " failed: " + e.getMessage()
                        + ". Unplug it and plug it in again to retry.");
            }
        } else if (result instanceof HeadUnitProbe.Result.AccessNeeded) {
            tell(((HeadUnitProbe.Result.AccessNeeded) result).advice());
        } else if (result instanceof HeadUnitProbe.Result.Unreadable) {
            HeadUnitProbe.Result.Unreadable unreadable = (HeadUnitProbe.Result.Unreadable) result;
            tell("A " + unreadable.kind().brand() + " unit is connected but Pulseport cannot read its description: "
                    + unreadable.reason());
        }
    }

    private void tell(String line) {
        LOG.info("Head unit: {}", line);
        listeners.forEach(listener -> listener.accept(line));
    }

    @Override
    public void close() {
        monitor.close();
    }
}

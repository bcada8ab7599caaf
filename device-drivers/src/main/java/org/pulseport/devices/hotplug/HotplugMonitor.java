package org.pulseport.devices.hotplug;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices recognised devices arriving and leaving by comparing successive enumerations. It polls every
 * {@code interval} (default 500 ms, so a change is seen well within 2 s) and re-enumerates at once when
 * {@link #nudge()} is called, which a native hot-plug callback does ({@link LibusbHotplugTrigger}).
 */
public final class HotplugMonitor implements AutoCloseable {

    public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(500);

    private static final Logger LOG = LoggerFactory.getLogger(HotplugMonitor.class);

    private final EnumerationSource source;
    private final KnownDevices knownDevices;
    private final Consumer<DeviceEvent> listener;
    private final Duration interval;
    private final Map<AttachedDevice, DeviceFamily> present = new HashMap<>();
    private ScheduledExecutorService executor;

    public HotplugMonitor(EnumerationSource source, KnownDevices knownDevices, Consumer<DeviceEvent> listener,
                          Duration interval) {
        this.source = source;
        this.knownDevices = knownDevices;
        this.listener = listener;
        this.interval = interval;
    }

    /** Starts polling on a daemon thread; the first poll reports devices already attached as arrivals. */
    public synchronized void start() {
        if (executor == null) {
            executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "pulseport-hotplug");
                thread.setDaemon(true);
                return thread;
            });
            executor.scheduleWithFixedDelay(this::pollSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Asks for an immediate re-enumeration (called from native hot-plug callbacks). */
    public synchronized void nudge() {
        if (executor != null) {
            executor.execute(this::pollSafely);
        }
    }

    /** Enumerates once and reports the differences to the previous enumeration. */
    public synchronized void poll() {
        Map<AttachedDevice, DeviceFamily> now = new LinkedHashMap<>();
        for (AttachedDevice device : source.enumerate()) {
            Optional<DeviceFamily> family = knownDevices.identify(device);
            family.ifPresent(f -> now.put(device, f));
        }
        present.entrySet().removeIf(entry -> {
            if (now.containsKey(entry.getKey())) {
                return false;
            }
            listener.accept(new DeviceEvent.Removed(entry.getKey(), entry.getValue()));
            return true;
        });
        now.forEach((device, family) -> {
            if (present.putIfAbsent(device, family) == null) {
                listener.accept(new DeviceEvent.Arrived(device, family));
            }
        });
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.warn("Device enumeration failed; will retry", e);
        }
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }
}

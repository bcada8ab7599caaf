package org.pulseport.devices.hotplug;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.usb4java.Context;
import org.usb4java.HotplugCallbackHandle;
import org.usb4java.LibUsb;

/**
 * Makes the {@link HotplugMonitor} re-enumerate the moment libusb reports a USB device arriving or leaving
 * (usb4java hot-plug callbacks), where the platform supports it. Where it does not, {@link #start()} returns
 * false and the monitor's polling alone notices changes.
 */
public final class LibusbHotplugTrigger implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LibusbHotplugTrigger.class);
    private static final long EVENT_TIMEOUT_MICROS = 250_000;

    private final Runnable onChange;
    private Context context;
    private HotplugCallbackHandle handle;
    private Thread eventThread;
    private volatile boolean running;

    public LibusbHotplugTrigger(Runnable onChange) {
        this.onChange = onChange;
    }

    /** Registers the callback; false when libusb or its hot-plug capability is unavailable. */
    public synchronized boolean start() {
        if (running) {
            return true;
        }
        try {
            Context candidate = new Context();
            if (LibUsb.init(candidate) != LibUsb.SUCCESS) {
                return false;
            }
            if (!LibUsb.hasCapability(LibUsb.CAP_HAS_HOTPLUG)) {
                LibUsb.exit(candidate);
                return false;
            }
            HotplugCallbackHandle registered = new HotplugCallbackHandle();
            int result = LibUsb.hotplugRegisterCallback(candidate,
                    LibUsb.HOTPLUG_EVENT_DEVICE_ARRIVED | LibUsb.HOTPLUG_EVENT_DEVICE_LEFT, LibUsb.HOTPLUG_NO_FLAGS,
                    LibUsb.HOTPLUG_MATCH_ANY, LibUsb.HOTPLUG_MATCH_ANY, LibUsb.HOTPLUG_MATCH_ANY,
                    (ctx, device, event, data) -> {
                        onChange.run();
                        return 0;
                    }, null, registered);
            if (result != LibUsb.SUCCESS) {
                LibUsb.exit(candidate);
                return false;
            }
            context = candidate;
            handle = registered;
            running = true;
            eventThread = new Thread(this::handleEvents, "pulseport-libusb-events");
            eventThread.setDaemon(true);
            eventThread.start();
            return true;
        } catch (RuntimeException | LinkageError e) {
            LOG.info("libusb hot-plug unavailable, relying on polling: {}", e.toString());
            return false;
        }
    }

    public boolean isRunning() {
        return running;
    }

    private void handleEvents() {
        while (running) {
            LibUsb.handleEventsTimeout(context, EVENT_TIMEOUT_MICROS);
        }
    }

    @Override
    public synchronized void close() {
        if (!running) {
            return;
        }
        running = false;
        LibUsb.hotplugDeregisterCallback(context, handle);
        try {
            eventThread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LibUsb.exit(context);
        context = null;
    }
}

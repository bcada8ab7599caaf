package org.pulseport.app.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.pulseport.core.model.Profile;

/**
 * What about devices needs the person at the computer: a plugged-in device that cannot be read (any profile's:
 * an unreadable device has no profile yet) and a device of this profile whose clock is more than 15 minutes off.
 */
public final class DeviceAttention {

    private final DeviceService devices;
    private final Supplier<List<DetectedDevice>> attached;

    /**
     * @param attached the devices plugged in right now ({@link DeviceWatcher#detected()})
     */
    public DeviceAttention(DeviceService devices, Supplier<List<DetectedDevice>> attached) {
        this.devices = devices;
        this.attached = attached;
    }

    /** The device items of the profile's "needs attention" list. */
    public List<DashboardSnapshot.Attention> of(Profile profile) {
        List<DashboardSnapshot.Attention> items = new ArrayList<>();
        attached.get().stream().filter(d -> d.state() == DetectedDevice.State.PROBLEM)
                .forEach(d -> items.add(new DashboardSnapshot.Attention(DashboardSnapshot.Attention.Kind.DEVICE_PROBLEM,
                        d.label() + ": " + d.problem().map(DeviceProblem::message).orElse("it cannot be read."))));
        devices.devices().stream()
                .filter(d -> d.pairedWith().map(Profile::id).filter(id -> id == profile.id()).isPresent())
                .filter(DeviceService.KnownDevice::clockNeedsAttention)
                .forEach(d -> items.add(new DashboardSnapshot.Attention(DashboardSnapshot.Attention.Kind.DEVICE_CLOCK,
                        "The clock of " + d.label() + " is " + d.clockOffsetText() + ".")));
        return items;
    }
}

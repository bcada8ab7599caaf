package org.pulseport.devices.hotplug;

/** A recognised device was plugged in or pulled out. */
public sealed interface DeviceEvent {

    AttachedDevice device();

    DeviceFamily family();

    record Arrived(AttachedDevice device, DeviceFamily family) implements DeviceEvent {
    }

    record Removed(AttachedDevice device, DeviceFamily family) implements DeviceEvent {
    }
}

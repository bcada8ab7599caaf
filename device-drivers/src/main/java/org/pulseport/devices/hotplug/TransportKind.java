package org.pulseport.devices.hotplug;

/** How Pulseport talks to a device family. */
public enum TransportKind { SERIAL, HID, VOLUME }

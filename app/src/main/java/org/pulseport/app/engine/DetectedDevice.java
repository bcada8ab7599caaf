package org.pulseport.app.engine;

import java.util.Objects;
import java.util.Optional;
import org.pulseport.core.model.Profile;
import org.pulseport.devices.hotplug.AttachedDevice;
import org.pulseport.devices.hotplug.DeviceFamily;
import org.pulseport.devices.hotplug.TransportKind;

/**
 * A recognised device attached right now, and where it stands: being identified, waiting for a profile or for
 * staff to confirm the patient, importing, ready, or with a problem that says what to do.
 *
 * @param path         the serial port, HID path or mount point it is attached at (its identity while attached)
 * @param serialNumber read over its protocol once identified
 * @param deviceId     its row among the known devices once identified
 * @param profile      the profile it is paired with, if any
 * @param problem      why it cannot be read, in state {@link State#PROBLEM} or {@link State#UNSUPPORTED}
 */
public record DetectedDevice(String path, DeviceFamily family, TransportKind kind, State state,
                             Optional<String> serialNumber, Optional<Long> deviceId, Optional<Profile> profile,
                             Optional<DeviceProblem> problem) {

    /** Where an attached device stands. */
    public enum State {
        /** Just plugged in; its serial number is being read. */
        IDENTIFYING,
        /** Seen for the first time (or unpaired): which profile does it belong to? */
        NEEDS_PROFILE,
        /** Paired, clinic mode: staff must confirm the patient before the import. */
        NEEDS_CONFIRMATION,
        /** Its readings are being imported. */
        IMPORTING,
        /** Paired and idle (imported, or waiting for "Import now"). */
        READY,
        /** It cannot be read right now; {@link #problem()} says why and what to do. */
        PROBLEM,
        /** Recognised, but Pulseport has no driver that downloads it. */
        UNSUPPORTED
    }

    public DetectedDevice {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(problem, "problem");
    }

    /** A device that has just arrived and is not identified yet. */
    public static DetectedDevice arrived(AttachedDevice device, DeviceFamily family) {
        return new DetectedDevice(device.path(), family, device.kind(), State.IDENTIFYING, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** E.g. "Dexcom G4/G5/G6 receiver SM12345678". */
    public String label() {
        return family.displayName() + serialNumber.map(s -> " " + s).orElse("");
    }

    public DetectedDevice identified(String serial, long id, Optional<Profile> pairedWith, State next) {
        return new DetectedDevice(path, family, kind, next, Optional.of(serial), Optional.of(id), pairedWith,
                Optional.empty());
    }

    public DetectedDevice inState(State next, Optional<Profile> pairedWith) {
        return new DetectedDevice(path, family, kind, next, serialNumber, deviceId, pairedWith, Optional.empty());
    }

    public DetectedDevice withProblem(State next, DeviceProblem why) {
        return new DetectedDevice(path, family, kind, next, serialNumber, deviceId, profile, Optional.of(why));
    }
}

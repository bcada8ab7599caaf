package org.pulseport.devices.headunit;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.pulseport.devices.transport.MountedVolume;
import org.pulseport.devices.transport.TransportError;
import org.pulseport.devices.transport.TransportException;

/**
 * A head unit whose storage is mounted: what it is (kind, model, unit id), its volume, the folder it keeps
 * finished activities in and the folder it loads new workouts from (both relative to the volume, as the unit
 * declares them). {@code mtp} says the OS reaches it over MTP (gvfs), where every file access is a slow USB
 * transfer: read each file once, to local disk, before parsing it.
 */
public record HeadUnit(HeadUnitKind kind, String model, String unitId, MountedVolume volume,
                       Optional<String> activityDirectory, Optional<String> workoutInbox, boolean mtp) {

    public HeadUnit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(activityDirectory, "activityDirectory");
        Objects.requireNonNull(workoutInbox, "workoutInbox");
    }

    /** "Garmin Edge 820 (3912345678)". */
    public String displayName() {
        return (model.startsWith(kind.brand()) ? model : kind.brand() + " " + model) + " (" + unitId + ")";
    }

    /** The FIT files in the activity folder, relative to the volume root, sorted by name. */
    public List<String> activityFiles() throws TransportException {
        if (activityDirectory.isEmpty()) {
            return List.of();
        }
        return volume.list(activityDirectory.get(), "*").stream().map(p -> p.toString().replace('\\', '/'))
                .filter(name -> name.toLowerCase(Locale.ROOT).endsWith(".fit")).toList();
    }

    /** The bytes of a file on the unit. */
    public byte[] read(String relativePath) throws TransportException {
        return volume.read(relativePath);
    }

    /**
     * Writes a workout file into the declared workout folder (atomically) and returns its path on the volume.
     *
     * @throws TransportException when the unit declares no workout folder or the write fails
     */
    public String writeWorkout(String fileName, byte[] fit) throws TransportException {
        String inbox = workoutInbox.orElseThrow(() -> new TransportException(new TransportError.IoFailure(
                volume.root().toString(), displayName() + " declares no folder for new workouts")));
        String path = inbox + "/" + fileName;
        volume.write(path, fit);
        return path;
    }
}

package org.pulseport.app.engine;

import java.util.Objects;
import java.util.function.Consumer;
import org.pulseport.devices.download.CancellationToken;
import org.pulseport.devices.hotplug.DeviceFamily;
import org.pulseport.devices.transport.Transport;

/**
 * One import from one attached device: which driver, over which (unopened) transport, into which profile, the
 * serial number it must have (read when it was identified; a different device answering is refused), why the
 * import runs, who is told about progress, and how to cancel it.
 */
public record DeviceImportRequest(DeviceFamily family, Transport transport, long profileId, String serialNumber,
                                  SyncTrigger trigger, Consumer<ImportProgress> progress,
                                  CancellationToken cancellation) {

    public DeviceImportRequest {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancellation, "cancellation");
    }

    /** An import without a progress listener, not cancelled from outside. */
    public static DeviceImportRequest of(DeviceFamily family, Transport transport, long profileId, String serialNumber,
                                         SyncTrigger trigger) {
        return new DeviceImportRequest(family, transport, profileId, serialNumber, trigger, p -> { },
                new CancellationToken());
    }

    public DeviceImportRequest withProgress(Consumer<ImportProgress> listener) {
        return new DeviceImportRequest(family, transport, profileId, serialNumber, trigger, listener, cancellation);
    }

    public DeviceImportRequest withCancellation(CancellationToken token) {
        return new DeviceImportRequest(family, transport, profileId, serialNumber, trigger, progress, token);
    }
}

package org.pulseport.devices.transport;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns "the device node exists but open() failed" into the precise reason, from the errno the OS reported and
 * from what the file system says about the node. Pure apart from the file checks, so it is unit-testable.
 */
public final class OpenFailureClassifier {

    /** Linux errno values that distinguish the common cases. */
    static final int ENOENT = 2;
    static final int EACCES = 13;
    static final int EBUSY = 16;
    static final int ENODEV = 19;
    static final int EPERM = 1;
    static final int ENXIO = 6;

    private OpenFailureClassifier() {
    }

    /** Classifies the failure to open {@code path}; {@code errno} is 0 when the library did not report one. */
    public static TransportError classify(Path path, int errno) {
        String name = path.toString();
        if (errno == ENOENT || errno == ENODEV || errno == ENXIO || !Files.exists(path)) {
            return new TransportError.NotFound(name);
        }
        if (errno == EACCES || errno == EPERM || !Files.isReadable(path) || !Files.isWritable(path)) {
            return new TransportError.PermissionDenied(name, AccessAdvice.permissionFix(name));
        }
        if (errno == EBUSY || errno == 0) {
            return new TransportError.Busy(name, AccessAdvice.busyFix(name));
        }
        return new TransportError.IoFailure(name, "open failed with errno " + errno);
    }
}

package org.pulseport.app.engine;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.pulseport.devices.hotplug.DeviceFamily;

/**
 * What one device import did: its outcome, whose profile it went into, the readings stored (new, already
 * there, rejected), the device clock's offset and a warning when it exceeds 15 minutes, records the driver left
 * out by reason, and a message for the person (with the next step when something went wrong).
 */
public record DeviceImportReport(Outcome outcome, long profileId, String profileName, DeviceFamily family,
                                 String serialNumber, String model, long inserted, long duplicates, long rejected,
                                 Optional<Duration> clockOffset, Optional<String> clockWarning,
                                 Map<String, Long> skipped, String message, Optional<DeviceProblem> problem,
                                 long syncEventId) {

    /** How an import ended. */
    public enum Outcome {
        /** Everything the device holds since the last import was read and stored. */
        COMPLETED,
        /** Stopped on request; what was committed before stays. */
        CANCELLED,
        /** The device could not be read to the end; what was committed before stays. */
        FAILED
    }

    public DeviceImportReport {
        skipped = Map.copyOf(skipped);
    }

    public boolean completed() {
        return outcome == Outcome.COMPLETED;
    }

    /** Readings the device delivered (new plus already stored plus rejected). */
    public long fetched() {
        return inserted + duplicates + rejected;
    }
}

package org.pulseport.app.engine;

import org.pulseport.core.model.Profile;

/**
 * What the {@link DeviceWatcher} tells its listeners, on its own threads: a device arrived, was identified
 * (its state says what is next: a pairing prompt, a patient confirmation, an import, a problem), an import
 * started, progressed or finished, or a device was removed.
 */
public sealed interface DeviceActivity {

    DetectedDevice device();

    record Arrived(DetectedDevice device) implements DeviceActivity {
    }

    record Identified(DetectedDevice device) implements DeviceActivity {
    }

    record ImportStarted(DetectedDevice device, Profile profile) implements DeviceActivity {
    }

    record ImportProgressed(DetectedDevice device, Profile profile, ImportProgress progress) implements DeviceActivity {
    }

    record ImportFinished(DetectedDevice device, DeviceImportReport report) implements DeviceActivity {
    }

    record Removed(DetectedDevice device) implements DeviceActivity {
    }
}

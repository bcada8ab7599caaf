package org.pulseport.devices.headunit;

import java.util.Objects;
import java.util.Optional;

/**
 * What a Garmin unit says about itself in {@code Garmin/GarminDevice.xml}: its model name, its unit id (the
 * serial number Garmin software uses), and the folders it declares for FIT activities (FIT_TYPE_4, output from
 * the unit), for its workouts (FIT_TYPE_5, output) and for new workout files it should load (FIT_TYPE_5, input
 * to the unit). Paths are relative to the volume root, as declared.
 */
public record GarminDeviceDescription(String model, String unitId, Optional<String> activityPath,
                                      Optional<String> workoutPath, Optional<String> newFilesPath) {

    public GarminDeviceDescription {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(activityPath, "activityPath");
        Objects.requireNonNull(workoutPath, "workoutPath");
        Objects.requireNonNull(newFilesPath, "newFilesPath");
    }

    /** Where a workout for the unit goes: the declared new-files folder, else the workouts folder. */
    public Optional<String> workoutInbox() {
        return newFilesPath.or(() -> workoutPath);
    }
}

package org.pulseport.app.engine.workouts;

import java.util.Set;

/**
 * Which destinations a profile has connected with workout upload enabled: the check before anything is queued.
 * The app uses {@link ConnectedUploadTargets} (connections with the upload switch on, plus the head units of
 * {@link TableUploadTargets}).
 */
@FunctionalInterface
public interface UploadTargets {

    /** Provider ids (e.g. {@code wahoo}, {@code garmin-usb}) this profile uploads workouts to. */
    Set<String> enabledProviders(long profileId);
}

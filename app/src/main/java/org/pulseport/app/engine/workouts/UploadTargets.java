package org.pulseport.app.engine.workouts;

import java.util.Set;

/**
 * Which destinations a profile has connected with workout upload enabled: the check before anything is queued.
 *
 * <p>The seam for the connections work: once cloud connections carry an {@code upload_workouts_enabled} flag, an
 * implementation reading it replaces {@link TableUploadTargets} in {@code AppContext}; nothing else changes.
 */
@FunctionalInterface
public interface UploadTargets {

    /** Provider ids (e.g. {@code wahoo}, {@code garmin-usb}) this profile uploads workouts to. */
    Set<String> enabledProviders(long profileId);
}

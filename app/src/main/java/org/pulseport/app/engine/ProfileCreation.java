package org.pulseport.app.engine;

import org.pulseport.core.model.Profile;

/** The outcome of creating a profile. */
public sealed interface ProfileCreation {

    record Created(Profile profile) implements ProfileCreation {
    }

    record Rejected(String reason) implements ProfileCreation {
    }
}

package org.pulseport.providers.workouts;

/** A workout step the destination's format cannot express (e.g. a step that ends on a heart-rate threshold). */
public final class UnsupportedStepException extends RuntimeException {

    public UnsupportedStepException(String message) {
        super(message);
    }
}

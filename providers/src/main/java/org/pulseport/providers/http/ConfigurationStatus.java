package org.pulseport.providers.http;

/**
 * Whether a provider can be connected on this installation; when it cannot, says how to fix that.
 */
public sealed interface ConfigurationStatus {

    /** The provider's client credentials are present. */
    record Configured() implements ConfigurationStatus {
    }

    /** Client credentials are missing; {@code howToConfigure} tells the user what to set. */
    record NotConfigured(String howToConfigure) implements ConfigurationStatus {
    }
}

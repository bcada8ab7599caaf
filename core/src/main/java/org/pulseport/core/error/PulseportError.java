package org.pulseport.core.error;

import java.time.Duration;
import java.util.Optional;

/**
 * The one error taxonomy shared by connectors, the engine, the workout queue and the UI.
 *
 * <p>Each kind carries a stable {@link #code()} (stored in queue rows and sync events), a technical
 * {@link #detail()} for logs (never containing secrets) and a {@link #userMessage()} that says what happened
 * and what to do.
 */
public sealed interface PulseportError {

    String code();

    String detail();

    String userMessage();

    /** Whether trying the same operation again later can succeed without the user doing anything. */
    boolean retryable();

    /** The remote record no longer exists (deleted before the operation ran). */
    record RecordNotFound(String detail) implements PulseportError {
        public String code() { return "record_not_found"; }
        public String userMessage() { return "The item no longer exists at the provider; nothing to do."; }
        public boolean retryable() { return false; }
    }

    /** The provider asked us to slow down; {@code retryAfter} is its requested delay when it gave one. */
    record RateLimited(Optional<Duration> retryAfter, String detail) implements PulseportError {
        public String code() { return "rate_limit"; }
        public String userMessage() {
            return "The provider is limiting requests; Pulseport will retry automatically"
                    + retryAfter.map(d -> " in " + d.toSeconds() + " s.").orElse(".");
        }
        public boolean retryable() { return true; }
    }

    /** Credentials were rejected and could not be refreshed: the user must reconnect. */
    record AuthError(String detail) implements PulseportError {
        public String code() { return "auth_error"; }
        public String userMessage() { return "The connection's sign-in is no longer valid. Reconnect it in Connections."; }
        public boolean retryable() { return false; }
    }

    /** The provider or device answered with an error that is likely temporary (5xx, busy device). */
    record ProviderError(String detail) implements PulseportError {
        public String code() { return "provider_error"; }
        public String userMessage() { return "The provider reported an error; Pulseport will retry later."; }
        public boolean retryable() { return true; }
    }

    /** The network did not answer in time or the connection dropped. */
    record NetworkError(String detail) implements PulseportError {
        public String code() { return "network_error"; }
        public String userMessage() { return "The network did not respond; Pulseport will retry. Check your connection if this persists."; }
        public boolean retryable() { return true; }
    }

    /** One record from a source could not be understood; it is skipped, the rest is kept. */
    record InvalidRecord(String detail) implements PulseportError {
        public String code() { return "invalid_record"; }
        public String userMessage() { return "One record could not be read and was skipped."; }
        public boolean retryable() { return false; }
    }

    /** Anything not classified above; treated as temporary. */
    record UnexpectedError(String detail) implements PulseportError {
        public String code() { return "unexpected_error"; }
        public String userMessage() { return "Something unexpected went wrong; Pulseport will retry. See the log for details."; }
        public boolean retryable() { return true; }
    }
}

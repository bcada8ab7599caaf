package org.pulseport.app.engine.workouts;

import org.pulseport.core.error.PulseportError;

/**
 * The seed's error table. Network failures count as provider errors and unreadable records as unexpected
 * errors, so the queue knows exactly these five kinds.
 */
public enum SyncErrorType {
    RECORD_NOT_FOUND("record_not_found", "The item was deleted before it could be synced; nothing to do."),
    RATE_LIMIT("rate_limit", "The service is limiting requests; Pulseport retries automatically."),
    AUTH_ERROR("auth_error", "The connection's sign-in is no longer valid. Disconnect and reconnect it in Connections."),
    PROVIDER_ERROR("provider_error", "The service reported a temporary error; Pulseport retries (2 min, 10 min, 1 h)."),
    UNEXPECTED_ERROR("unexpected_error", "Something unexpected went wrong; Pulseport retries (2 min, 10 min, 1 h).");

    private final String code;
    private final String userMessage;

    SyncErrorType(String code, String userMessage) {
        this.code = code;
        this.userMessage = userMessage;
    }

    public String code() {
        return code;
    }

    /** What the person should know or do. */
    public String userMessage() {
        return userMessage;
    }

    public static SyncErrorType of(PulseportError error) {
        if (error instanceof PulseportError.RecordNotFound) {
            return RECORD_NOT_FOUND;
        }
        if (error instanceof PulseportError.RateLimited) {
            return RATE_LIMIT;
        }
        if (error instanceof PulseportError.AuthError) {
            return AUTH_ERROR;
        }
        if (error instanceof PulseportError.ProviderError || error instanceof PulseportError.NetworkError) {
            return PROVIDER_ERROR;
        }
        return UNEXPECTED_ERROR;
    }

    /** The type of a stored code; {@code null} stays {@code null}. */
    public static SyncErrorType ofCode(String code) {
        for (SyncErrorType type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        return null;
    }
}

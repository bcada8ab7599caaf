package org.pulseport.app.notify.webhook;

import java.time.Instant;

/**
 * One recorded delivery attempt. {@code status} is {@code succeeded}, {@code retrying} (another attempt at
 * {@code nextAttemptAt}) or {@code failed} (no retry left); {@code httpStatus} is null when no response came.
 */
public record DeliveryAttempt(long id, long endpointId, String eventId, String eventType, int attempt,
                              Instant attemptedAt, String status, Integer httpStatus, long latencyMs,
                              String responseExcerpt, String error, Instant nextAttemptAt) {

    public boolean succeeded() {
        return "succeeded".equals(status);
    }

    /** One line: the HTTP status and response, or the error. */
    public String outcome() {
        if (httpStatus == null) {
            return error == null ? "" : error;
        }
        return responseExcerpt == null || responseExcerpt.isBlank() ? "HTTP " + httpStatus
                : "HTTP " + httpStatus + ": " + responseExcerpt;
    }
}

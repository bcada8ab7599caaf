package org.pulseport.app.notify;

import java.time.Duration;

/** How one HTTP POST ended: a response of some status, or no response at all. */
public sealed interface HttpOutcome {

    /** Wall time from sending the request to having read the whole response (or giving up). */
    Duration elapsed();

    /** True for a 2xx response. */
    boolean succeeded();

    /** One line for logs and the user: the status and the start of the response, or why there was none. */
    String describe();

    /** The server answered. {@code excerpt} is the start of the response body. */
    record Responded(int status, String excerpt, Duration elapsed) implements HttpOutcome {
        @Override
        public boolean succeeded() {
            return status >= 200 && status < 300;
        }

        @Override
        public String describe() {
            return excerpt.isBlank() ? "HTTP " + status : "HTTP " + status + ": " + excerpt;
        }
    }

    /** No response: refused, timed out, unknown host, interrupted. */
    record Unreachable(String error, Duration elapsed) implements HttpOutcome {
        @Override
        public boolean succeeded() {
            return false;
        }

        @Override
        public String describe() {
            return error;
        }
    }
}

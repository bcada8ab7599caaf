package org.pulseport.app.notify;

import java.time.Instant;

/** One line of the notification log: when, on which channel kind (empty when merged), what, how it went. */
public record LogLine(Instant at, String channel, String title, String status, String error) {
}

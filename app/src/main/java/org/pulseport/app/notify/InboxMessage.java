package org.pulseport.app.notify;

import java.time.Instant;

/** A notification in the app's own list. */
public record InboxMessage(Instant at, String severity, String title, String body) {
}

package org.pulseport.app.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Everything Pulseport logs (down to TRACE) while open, as text with stack traces. */
public final class CapturedLogs implements AutoCloseable {

    private final Logger pulseport = (Logger) LoggerFactory.getLogger("org.pulseport");
    private final Level before = pulseport.getLevel();
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();

    public CapturedLogs() {
        events.start();
        pulseport.addAppender(events);
        pulseport.setLevel(Level.TRACE);
    }

    public List<String> lines() {
        synchronized (events.list) {
            return events.list.stream().map(e -> e.getFormattedMessage() + (e.getThrowableProxy() == null ? ""
                    : ThrowableProxyUtil.asString(e.getThrowableProxy()))).toList();
        }
    }

    @Override
    public void close() {
        pulseport.detachAppender(events);
        pulseport.setLevel(before);
    }
}

package org.pulseport.core.connector;

import java.util.Set;
import java.util.stream.Stream;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Sample;

/**
 * A source of samples: a cloud provider, a device, a file format or the sandbox.
 *
 * <p>Implementations turn the outside world into {@link Sample}s and never touch the database. {@link #fetch}
 * returns a lazy stream: pages or device records are pulled as the consumer advances, and the caller closes
 * the stream to release connections. Errors surface as {@link org.pulseport.core.error.PulseportException}.
 * Connectors are found through {@link java.util.ServiceLoader}.
 */
public interface SourceConnector {

    /** A stable lower-case id, e.g. {@code oura}, {@code dexcom}, {@code sandbox}. */
    String id();

    /** A name for people, e.g. "Oura Ring". */
    String displayName();

    /** The metrics this connector can deliver. */
    Set<MetricType> capabilities();

    Stream<Sample> fetch(FetchRequest request);
}

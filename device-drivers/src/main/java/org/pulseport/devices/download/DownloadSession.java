package org.pulseport.devices.download;

import java.util.Map;
import java.util.stream.Stream;
import org.pulseport.core.model.Sample;

/**
 * An open connection to one device after the handshake: who it is and how its clock compares, then its readings
 * as a lazy stream. Pages are requested from the device only as the stream is consumed. Closing the session (or
 * the stream) releases the device.
 */
public interface DownloadSession extends AutoCloseable {

    DeviceInfo device();

    ClockOffset clockOffset();

    /**
     * The readings newer than the request's {@code since}, oldest first, times in UTC. Failures surface as
     * {@link org.pulseport.core.error.PulseportException} (cause: {@link DeviceException}); cancellation as
     * {@link java.util.concurrent.CancellationException}. Call once.
     */
    Stream<Sample> samples();

    /** How many device records were skipped so far, by reason (special values, damaged records). */
    Map<String, Long> skipped();

    @Override
    void close();
}

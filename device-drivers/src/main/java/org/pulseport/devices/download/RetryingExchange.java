package org.pulseport.devices.download;

import java.time.Duration;
import org.pulseport.devices.transport.Transport;
import org.pulseport.devices.transport.TransportError;
import org.pulseport.devices.transport.TransportException;
import org.pulseport.devices.transport.TransportIo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one request/reply exchange with a device, retrying a bounded number of times when the reply is damaged
 * or missing; the line is drained before each retry so a late reply cannot be mistaken for the next one.
 * Refusals, unplugs and permission problems are not retried. Every failure comes out classified.
 */
public final class RetryingExchange {

    /** One attempt: send the request and read and decode the reply. */
    @FunctionalInterface
    public interface Attempt<T> {
        T run() throws TransportException, ProtocolException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(RetryingExchange.class);
    private static final Duration DRAIN_QUIET = Duration.ofMillis(50);

    private final Transport transport;
    private final int attempts;
    private long requests;

    public RetryingExchange(Transport transport, int attempts) {
        this.transport = transport;
        this.attempts = attempts;
    }

    /** Attempts made so far, retries included. */
    public long requestCount() {
        return requests;
    }

    public <T> T run(String name, Attempt<T> attempt) throws DeviceException {
        for (int number = 1; ; number++) {
            requests++;
            try {
                return attempt.run();
            } catch (TransportException e) {
                if (!(e.error() instanceof TransportError.Timeout) || number == attempts) {
                    throw DeviceException.of(e);
                }
                LOG.debug("{}: no reply to {} (attempt {}), retrying", transport.description(), name, number);
            } catch (ProtocolException e) {
                if (e.kind() != ProtocolException.Kind.CORRUPT || number == attempts) {
                    throw DeviceException.of(transport.description(), e);
                }
                LOG.debug("{}: damaged reply to {} (attempt {}): {}", transport.description(), name, number,
                        e.getMessage());
            }
            try {
                TransportIo.drain(transport, DRAIN_QUIET);
            } catch (TransportException e) {
                throw DeviceException.of(e);
            }
        }
    }

    /** Decodes bytes already received; a failure is classified but not retried. */
    public <T> T decode(Decoder<T> decoder) throws DeviceException {
        try {
            return decoder.decode();
        } catch (ProtocolException e) {
            throw DeviceException.of(transport.description(), e);
        }
    }

    /** A pure decoding step. */
    @FunctionalInterface
    public interface Decoder<T> {
        T decode() throws ProtocolException;
    }
}

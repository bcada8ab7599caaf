package org.pulseport.devices.transport;

import java.time.Duration;

/**
 * A byte link to one attached device, independent of how it is attached (serial port, HID, in-memory simulator).
 *
 * <p>Stream transports (serial) may return any number of bytes per read; report transports (HID) return exactly
 * one report per read. Every failure is a {@link TransportException} carrying a classified {@link TransportError},
 * so callers can tell a missing permission from an unplugged cable without parsing messages.
 */
public interface Transport extends AutoCloseable {

    /** A short human-readable name of the link, e.g. the port path; used in messages and logs. */
    String description();

    void open() throws TransportException;

    /**
     * Reads at least one byte into {@code buffer[offset..offset+length)}, waiting at most {@code timeout}.
     *
     * @return the number of bytes read, always at least one
     * @throws TransportException with {@link TransportError.Timeout} when nothing arrived in time, or another
     *                            error when the link failed
     */
    int read(byte[] buffer, int offset, int length, Duration timeout) throws TransportException;

    /** Writes all of {@code data} or fails. */
    void write(byte[] data) throws TransportException;

    /** Releases the device; never fails, safe to call twice. */
    @Override
    void close();
}

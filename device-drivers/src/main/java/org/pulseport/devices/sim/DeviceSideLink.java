package org.pulseport.devices.sim;

import java.time.Duration;

/** The device end of a simulated connection: what a simulator reads requests from and writes replies to. */
public interface DeviceSideLink extends AutoCloseable {

    /** Reads up to {@code length} bytes; 0 when nothing arrived within {@code timeout}, -1 once the link is gone. */
    int read(byte[] buffer, int length, Duration timeout);

    /** Writes all bytes; false when the link is gone. */
    boolean write(byte[] data, int offset, int length);

    /** Closes the device end; for a pseudo-terminal the host side sees the device vanish. */
    @Override
    void close();
}

package org.pulseport.devices.transport;

import java.time.Duration;

/** Helpers over {@link Transport} that protocol bindings share. */
public final class TransportIo {

    private TransportIo() {
    }

    /** Reads exactly {@code length} bytes, allowing {@code timeout} of silence between chunks. */
    public static void readFully(Transport transport, byte[] buffer, int offset, int length, Duration timeout)
            throws TransportException {
        int done = 0;
        while (done < length) {
            done += transport.read(buffer, offset + done, length - done, timeout);
        }
    }

    /** Reads and discards whatever arrives until the line is quiet for {@code quiet}; used to resynchronise. */
    public static void drain(Transport transport, Duration quiet) throws TransportException {
        byte[] sink = new byte[4096];
        while (true) {
            try {
                transport.read(sink, 0, sink.length, quiet);
            } catch (TransportException e) {
                if (e.error() instanceof TransportError.Timeout) {
                    return;
                }
                throw e;
            }
        }
    }
}

package org.pulseport.devices.fit;

import java.io.IOException;
import java.io.InputStream;

/**
 * A buffered view of the input that counts the absolute byte offset and feeds every consumed byte into a
 * running CRC, so the reader needs constant memory however long the stream is.
 */
final class FitInput {

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private final FitCrc crc = new FitCrc();
    private int position;
    private int limit;
    private long consumedBeforeBuffer;

    FitInput(InputStream in) {
        this.in = in;
    }

    long offset() {
        return consumedBeforeBuffer + position;
    }

    FitCrc crc() {
        return crc;
    }

    /** Whether no byte is left. */
    boolean atEnd() throws IOException {
        return !ensure(1);
    }

    /**
     * Copies {@code length} bytes into {@code target} and adds them to the CRC; returns how many bytes were read,
     * less than {@code length} only at the end of the input.
     */
    int read(byte[] target, int targetOffset, int length) throws IOException {
        int copied = 0;
        while (copied < length) {
            if (!ensure(1)) {
                break;
            }
            int chunk = Math.min(length - copied, limit - position);
            System.arraycopy(buffer, position, target, targetOffset + copied, chunk);
            crc.update(buffer, position, chunk);
            position += chunk;
            copied += chunk;
        }
        return copied;
    }

    /** Reads one byte (added to the CRC), or -1 at the end of the input. */
    int read() throws IOException {
        if (!ensure(1)) {
            return -1;
        }
        int value = buffer[position++] & 0xFF;
        crc.update(value);
        return value;
    }

    private boolean ensure(int count) throws IOException {
        if (limit - position >= count) {
            return true;
        }
        if (position == limit) {
            consumedBeforeBuffer += limit;
            position = 0;
            limit = 0;
            int n = in.read(buffer, 0, buffer.length);
            if (n > 0) {
                limit = n;
            }
        }
        return limit - position >= count;
    }
}

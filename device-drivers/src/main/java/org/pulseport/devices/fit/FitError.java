package org.pulseport.devices.fit;

/**
 * Why decoding stopped, with the byte offset in the decoded stream where the problem was found. Emitted as the
 * last event of a {@link FitReader}; never thrown.
 */
public sealed interface FitError extends FitEvent {

    long offset();

    String detail();

    /** A one-line description for logs and error messages. */
    default String describe() {
        return getClass().getSimpleName() + " at byte " + offset() + ": " + detail();
    }

    /** The bytes at {@code offset} are not a FIT file header. */
    record HeaderError(long offset, String detail) implements FitError {
    }

    /** A header or file CRC does not match the bytes it covers. */
    record CrcError(long offset, String detail) implements FitError {
    }

    /** The input ended before the header, a record or the file CRC was complete. */
    record UnexpectedEof(long offset, String detail) implements FitError {
    }

    /** A record cannot be decoded (e.g. data for a local message type that was never defined). */
    record MalformedData(long offset, String detail) implements FitError {
    }

    /** The underlying stream failed. */
    record ReadFailure(long offset, String detail) implements FitError {
    }
}

package org.pulseport.devices.transport;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.hid4java.HidDevice;

/**
 * One USB HID device through hid4java (hidapi), exchanging fixed-size reports without report numbers, as the
 * Abbott FreeStyle readers do. Each {@link #read} returns one report.
 */
public final class HidTransport implements Transport {

    /** Abbott readers use 64-byte reports in both directions. */
    public static final int REPORT_SIZE = 64;

    private final HidDevice device;

    public HidTransport(HidDevice device) {
        this.device = device;
    }

    @Override
    public String description() {
        return device.getPath();
    }

    @Override
    public void open() throws TransportException {
        if (!device.open()) {
            throw new TransportException(classifyOpenFailure(device.getPath(), device.getLastErrorMessage()));
        }
    }

    static TransportError classifyOpenFailure(String path, String message) {
        String reason = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (reason.contains("permission") || reason.contains("access denied")) {
            return new TransportError.PermissionDenied(path, AccessAdvice.permissionFix(path));
        }
        if (reason.contains("busy")) {
            return new TransportError.Busy(path, AccessAdvice.busyFix(path));
        }
        if (path.startsWith("/dev/")) {
            return OpenFailureClassifier.classify(Path.of(path), 0);
        }
        return new TransportError.IoFailure(path, message == null ? "open failed" : message);
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws TransportException {
        byte[] report = new byte[REPORT_SIZE];
        int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        int count = device.read(report, millis);
        if (count == 0) {
            throw new TransportException(new TransportError.Timeout(description(), millis));
        }
        if (count < 0) {
            throw new TransportException(new TransportError.Disconnected(description()));
        }
        int copied = Math.min(count, length);
        System.arraycopy(report, 0, buffer, offset, copied);
        return copied;
    }

    @Override
    public void write(byte[] data) throws TransportException {
        byte[] report = Arrays.copyOf(data, REPORT_SIZE);
        if (device.write(report, REPORT_SIZE, (byte) 0) < 0) {
            throw new TransportException(new TransportError.Disconnected(description()));
        }
    }

    @Override
    public void close() {
        if (!device.isClosed()) {
            device.close();
        }
    }
}

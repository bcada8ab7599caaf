package org.pulseport.devices.transport;

import com.fazecast.jSerialComm.SerialPort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A serial port through jSerialComm: USB CDC-ACM devices such as the Dexcom receiver ({@code /dev/ttyACM0},
 * {@code COM3}) and pseudo-terminals ({@code /dev/pts/N}) used by the simulators.
 */
public final class SerialTransport implements Transport {

    private static final Logger LOG = LoggerFactory.getLogger(SerialTransport.class);

    private final String portPath;
    private final int baudRate;
    private SerialPort port;
    private int readTimeoutMillis = -1;

    public SerialTransport(String portPath, int baudRate) {
        this.portPath = portPath;
        this.baudRate = baudRate;
    }

    @Override
    public String description() {
        return portPath;
    }

    @Override
    public void open() throws TransportException {
        Path node = Path.of(portPath);
        if (portPath.startsWith("/") && !Files.exists(node)) {
            throw new TransportException(new TransportError.NotFound(portPath));
        }
        SerialPort candidate;
        try {
            candidate = SerialPort.getCommPort(portPath);
        } catch (RuntimeException e) {
            throw new TransportException(new TransportError.NotFound(portPath), e);
        }
        candidate.setComPortParameters(baudRate, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        candidate.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        if (!candidate.openPort()) {
            TransportError error = OpenFailureClassifier.classify(node, candidate.getLastErrorCode());
            LOG.warn("Cannot open {}: {}", portPath, error.detail());
            throw new TransportException(error);
        }
        port = candidate;
        readTimeoutMillis = -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws TransportException {
        SerialPort open = requireOpen();
        int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        if (millis != readTimeoutMillis) {
            open.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, millis, 0);
            readTimeoutMillis = millis;
        }
        int count = open.readBytes(buffer, length, offset);
        if (count > 0) {
            return count;
        }
        if (count < 0 || open.bytesAvailable() < 0) {
            throw new TransportException(new TransportError.Disconnected(portPath));
        }
        throw new TransportException(new TransportError.Timeout(portPath, millis));
    }

    @Override
    public void write(byte[] data) throws TransportException {
        SerialPort open = requireOpen();
        int written = 0;
        while (written < data.length) {
            int count = open.writeBytes(data, data.length - written, written);
            if (count <= 0) {
                throw new TransportException(new TransportError.Disconnected(portPath));
            }
            written += count;
        }
    }

    @Override
    public void close() {
        if (port != null) {
            port.closePort();
            port = null;
        }
    }

    private SerialPort requireOpen() throws TransportException {
        if (port == null) {
            throw new TransportException(new TransportError.IoFailure(portPath, "port is not open"));
        }
        return port;
    }
}

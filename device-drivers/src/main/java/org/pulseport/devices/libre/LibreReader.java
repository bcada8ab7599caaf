package org.pulseport.devices.libre;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.pulseport.devices.download.DeviceException;
import org.pulseport.devices.download.ProtocolException;
import org.pulseport.devices.download.RetryingExchange;
import org.pulseport.devices.transport.Transport;
import org.pulseport.devices.transport.TransportException;

/**
 * Binds the FreeStyle Libre HID protocol to a {@link Transport}: the four-message handshake, then text
 * commands whose replies are reassembled from as many reports as they span (keep-alive reports are skipped).
 */
public final class LibreReader {

    /** Request and expected reply type of each handshake step, in order. */
    private static final int[][] HANDSHAKE = {
        {LibreHidFraming.INIT_QUERY, LibreHidFraming.INIT_QUERY_REPLY},
        {LibreHidFraming.INIT_SERIAL, LibreHidFraming.INIT_SERIAL_REPLY},
        {LibreHidFraming.INIT_SOFTWARE_VERSION, LibreHidFraming.INIT_SOFTWARE_VERSION_REPLY},
        {LibreHidFraming.INIT_COMPLETE, LibreHidFraming.INIT_COMPLETE_REPLY},
    };
    private static final int ATTEMPTS = 3;
    /** The largest reply accepted; a full reader memory is well below this. */
    private static final int MAX_REPLY_CHARS = 16 * 1024 * 1024;

    private final Transport transport;
    private final Duration replyTimeout;
    private final RetryingExchange exchange;

    public LibreReader(Transport transport, Duration replyTimeout) {
        this.transport = transport;
        this.replyTimeout = replyTimeout;
        this.exchange = new RetryingExchange(transport, ATTEMPTS);
    }

    public void handshake() throws DeviceException {
        for (int[] step : HANDSHAKE) {
            exchange.run(String.format("init 0x%02x", step[0]), () -> {
                send(new LibreHidMessage(step[0], new byte[0]));
                LibreHidMessage reply = receive();
                if (reply.type() != step[1]) {
                    throw ProtocolException.corrupt(String.format("handshake 0x%02x answered 0x%02x, expected 0x%02x",
                            step[0], reply.type(), step[1]));
                }
                return reply;
            });
        }
    }

    /** Sends a text command such as {@code $sn?} and returns the verified reply message. */
    public String text(String command) throws DeviceException {
        return exchange.run(command, () -> {
            send(new LibreHidMessage(LibreHidFraming.TEXT, (command + "\r\n").getBytes(StandardCharsets.US_ASCII)));
            StringBuilder reply = new StringBuilder();
            while (!LibreTextReply.isComplete(reply)) {
                LibreHidMessage message = receive();
                if (message.type() == LibreHidFraming.TEXT) {
                    reply.append(new String(message.payload(), StandardCharsets.ISO_8859_1));
                }
                if (reply.length() > MAX_REPLY_CHARS) {
                    throw ProtocolException.corrupt("reply to " + command + " exceeds " + MAX_REPLY_CHARS + " chars");
                }
            }
            return LibreTextReply.parse(reply.toString(), command);
        });
    }

    private void send(LibreHidMessage message) throws TransportException {
        transport.write(LibreHidFraming.encode(message));
    }

    private LibreHidMessage receive() throws TransportException, ProtocolException {
        byte[] report = new byte[LibreHidFraming.REPORT_SIZE];
        while (true) {
            int length = transport.read(report, 0, report.length, replyTimeout);
            LibreHidMessage message = LibreHidFraming.decode(report, length);
            if (message.type() != LibreHidFraming.KEEP_ALIVE) {
                return message;
            }
        }
    }
}

package org.pulseport.devices.sim;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.pulseport.devices.dexcom.DexcomFrameCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a {@link DexcomReceiverSimulator} over a {@link DeviceSideLink} (normally the master side of a
 * {@link Pty}) on its own thread: reads request packets, applies the configured faults and line rate, writes
 * replies. Stray bytes before a packet are skipped, as a receiver does.
 */
public final class DexcomSimulatorServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DexcomSimulatorServer.class);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final int CHUNK = 64;

    private final DexcomReceiverSimulator simulator;
    private final DeviceSideLink link;
    private final String portPath;
    private final SimulatorFaults faults;
    private final LinePacer pacer;
    private final AtomicLong bytesSent = new AtomicLong();
    private final AtomicLong bytesReceived = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;
    private int requests;
    private int replies;

    public DexcomSimulatorServer(DexcomReceiverSimulator simulator, DeviceSideLink link, String portPath,
                                 DexcomSimulatorConfig config) {
        this.simulator = simulator;
        this.link = link;
        this.portPath = portPath;
        this.faults = config.device().faults();
        this.pacer = new LinePacer(config.lineRateBytesPerSecond());
        this.thread = new Thread(this::serve, "dexcom-simulator " + portPath);
        this.thread.setDaemon(true);
    }

    /** Creates a simulator for {@code config} on a new pseudo-terminal and starts serving. */
    public static DexcomSimulatorServer startOnNewPty(DexcomSimulatorConfig config) {
        Pty pty = Pty.open();
        DexcomSimulatorServer server = new DexcomSimulatorServer(new DexcomReceiverSimulator(config), pty,
                pty.slavePath(), config);
        server.thread.start();
        return server;
    }

    /** The path the host opens, e.g. {@code /dev/pts/4}. */
    public String portPath() {
        return portPath;
    }

    public DexcomReceiverSimulator simulator() {
        return simulator;
    }

    public boolean isRunning() {
        return running && thread.isAlive();
    }

    public long bytesSent() {
        return bytesSent.get();
    }

    public long bytesReceived() {
        return bytesReceived.get();
    }

    /** Blocks until the server stops (unplugged or closed). */
    public void awaitStop() throws InterruptedException {
        thread.join();
    }

    private void serve() {
        byte[] frame = new byte[DexcomFrameCodec.MAX_FRAME_LENGTH];
        while (running) {
            if (!readInto(frame, 0, 1)) {
                break;
            }
            if ((frame[0] & 0xFF) != DexcomFrameCodec.SOH || !readInto(frame, 1, 2)) {
                continue;
            }
            int length = (frame[1] & 0xFF) | (frame[2] & 0xFF) << 8;
            if (length < DexcomFrameCodec.MIN_FRAME_LENGTH || !readInto(frame, 3, length - 3)) {
                continue;
            }
            byte[] request = new byte[length];
            System.arraycopy(frame, 0, request, 0, length);
            handle(request);
        }
        running = false;
        link.close();
    }

    private void handle(byte[] request) {
        requests++;
        if (faults.silentOn(requests)) {
            LOG.debug("simulator: staying silent on request {}", requests);
            return;
        }
        byte[] reply = simulator.respond(request);
        replies++;
        if (faults.corrupts(replies)) {
            reply[reply.length / 2] ^= 0x55;
        }
        send(reply);
    }

    private void send(byte[] reply) {
        long allowed = faults.bytesBeforeUnplug(bytesSent.get(), reply.length);
        pacer.startReply();
        for (int offset = 0; offset < allowed; offset += CHUNK) {
            int length = (int) Math.min(CHUNK, allowed - offset);
            pacer.pace(length);
            if (!link.write(reply, offset, length)) {
                running = false;
                return;
            }
            bytesSent.addAndGet(length);
        }
        if (allowed < reply.length) {
            LOG.debug("simulator: unplugging after {} bytes", bytesSent.get());
            running = false;
        }
    }

    private boolean readInto(byte[] buffer, int offset, int length) {
        byte[] chunk = new byte[length];
        int done = 0;
        while (done < length) {
            if (!running) {
                return false;
            }
            int count = link.read(chunk, length - done, POLL);
            if (count < 0) {
                return false;
            }
            System.arraycopy(chunk, 0, buffer, offset + done, count);
            done += count;
            bytesReceived.addAndGet(count);
        }
        return true;
    }

    /** Stops serving and closes the link; the host sees the device disappear. */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(POLL.toMillis() * 20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        link.close();
    }
}

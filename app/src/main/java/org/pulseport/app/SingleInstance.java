package org.pulseport.app;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.pulseport.app.store.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One desktop window per data directory: the running desktop app listens on the Unix domain socket
 * {@value #SOCKET} in its data directory (Linux, macOS, Windows 10+); a second launch hands its arguments over
 * and exits, and the running app brings its window to the front. Only the owner of the data directory can reach the
 * socket. The protocol: the client sends {@value #GREETING}, the number of arguments and each argument
 * (UTF strings); the server answers {@value #ACCEPTED}.
 */
public final class SingleInstance implements AutoCloseable {

    public static final String SOCKET = "pulseport.sock";
    static final String GREETING = "pulseport-activate-1";
    static final String ACCEPTED = "ok";
    private static final int MAX_ARGUMENTS = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(SingleInstance.class);

    private final ServerSocketChannel server;
    private final Path socket;

    private SingleInstance(ServerSocketChannel server, Path socket) {
        this.server = server;
        this.socket = socket;
    }

    /**
     * Starts listening for second launches in a data directory this process has claimed; {@code onActivation} gets
     * each launch's arguments on a background thread. Empty when the socket cannot be created (then a second launch
     * is refused with the "already running" message, as before).
     */
    public static Optional<SingleInstance> listen(Path claimedDataDirectory, Consumer<List<String>> onActivation) {
        Path socket = claimedDataDirectory.resolve(SOCKET);
        try {
            Files.deleteIfExists(socket);
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
            SingleInstance instance = new SingleInstance(server, socket);
            Thread thread = new Thread(() -> instance.serve(onActivation), "pulseport-single-instance");
            thread.setDaemon(true);
            thread.start();
            return Optional.of(instance);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            LOG.warn("Second launches cannot hand over to this window (socket {}): {}", socket, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Hands the arguments to the desktop app running on the data directory ({@code null}: the platform default).
     *
     * @return true when a running desktop app accepted them; false when none listens
     */
    public static boolean handOver(Path requestedDataDirectory, List<String> arguments) {
        Path directory = (requestedDataDirectory != null ? requestedDataDirectory : DataDirectory.platformDefault())
                .toAbsolutePath().normalize();
        Path socket = directory.resolve(SOCKET);
        if (!Files.exists(socket)) {
            return false;
        }
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            DataOutputStream out = new DataOutputStream(Channels.newOutputStream(channel));
            out.writeUTF(GREETING);
            out.writeInt(arguments.size());
            for (String argument : arguments) {
                out.writeUTF(argument);
            }
            out.flush();
            return ACCEPTED.equals(new DataInputStream(Channels.newInputStream(channel)).readUTF());
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            LOG.debug("No running Pulseport answered on {}: {}", socket, e.getMessage());
            return false;
        }
    }

    private void serve(Consumer<List<String>> onActivation) {
        while (server.isOpen()) {
            try (SocketChannel client = server.accept()) {
                DataInputStream in = new DataInputStream(Channels.newInputStream(client));
                if (!GREETING.equals(in.readUTF())) {
                    continue;
                }
                int count = in.readInt();
                if (count < 0 || count > MAX_ARGUMENTS) {
                    continue;
                }
                List<String> arguments = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    arguments.add(in.readUTF());
                }
                DataOutputStream out = new DataOutputStream(Channels.newOutputStream(client));
                out.writeUTF(ACCEPTED);
                out.flush();
                LOG.info("A second launch handed over {} argument(s)", arguments.size());
                onActivation.accept(List.copyOf(arguments));
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException | RuntimeException e) {
                LOG.warn("A second launch could not hand over: {}", e.getMessage());
            }
        }
    }

    /** Stops listening and removes the socket file. */
    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            LOG.warn("Could not remove {}: {}", socket, e.getMessage());
        }
    }
}

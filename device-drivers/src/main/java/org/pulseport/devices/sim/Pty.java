package org.pulseport.devices.sim;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A pseudo-terminal pair made with {@code openpty(3)} through JNA: the simulator owns the master side, the
 * driver under test opens the slave path ({@code /dev/pts/N}) like any serial port. Both ends are raw (no echo,
 * no line editing). The slave descriptor opened here stays open until {@link #close()}, so the master keeps
 * working between driver sessions; closing the master makes the device vanish for the driver, like an unplug.
 */
public final class Pty implements DeviceSideLink {

    /** The few libc calls a pseudo-terminal needs (openpty is in libc since glibc 2.34, in libutil before). */
    interface LibC extends Library {
        int openpty(int[] master, int[] slave, byte[] name, Pointer termios, Pointer windowSize);

        NativeLong read(int fd, byte[] buffer, NativeLong count);

        NativeLong write(int fd, byte[] buffer, NativeLong count);

        int close(int fd);

        int poll(Pointer fds, NativeLong count, int timeoutMillis);

        int tcgetattr(int fd, Pointer termios);

        void cfmakeraw(Pointer termios);

        int tcsetattr(int fd, int when, Pointer termios);
    }

    private static final short POLLIN = 0x1;
    private static final int EINTR = 4;
    private static final int EAGAIN = 11;
    private static final int TERMIOS_BUFFER = 256;
    private static final int NAME_BUFFER = 4096;

    private final LibC libc;
    private final int master;
    private final int slave;
    private final String slavePath;
    private volatile boolean closed;

    private Pty(LibC libc, int master, int slave, String slavePath) {
        this.libc = libc;
        this.master = master;
        this.slave = slave;
        this.slavePath = slavePath;
    }

    /** Opens a new raw pseudo-terminal pair. */
    public static Pty open() {
        LibC libc = load();
        int[] master = new int[1];
        int[] slave = new int[1];
        byte[] name = new byte[NAME_BUFFER];
        if (libc.openpty(master, slave, name, null, null) != 0) {
            throw new IllegalStateException("openpty failed, errno " + Native.getLastError());
        }
        Memory termios = new Memory(TERMIOS_BUFFER);
        termios.clear();
        libc.tcgetattr(slave[0], termios);
        libc.cfmakeraw(termios);
        libc.tcsetattr(slave[0], 0, termios);
        int length = 0;
        while (length < name.length && name[length] != 0) {
            length++;
        }
        return new Pty(libc, master[0], slave[0], new String(name, 0, length, StandardCharsets.US_ASCII));
    }

    private static LibC load() {
        try {
            return Native.load("c", LibC.class);
        } catch (UnsatisfiedLinkError e) {
            return Native.load("util", LibC.class);
        }
    }

    /** The path the host side opens, e.g. {@code /dev/pts/3}. */
    public String slavePath() {
        return slavePath;
    }

    @Override
    public int read(byte[] buffer, int length, Duration timeout) {
        if (closed) {
            return -1;
        }
        Memory pollFd = new Memory(8);
        pollFd.setInt(0, master);
        pollFd.setShort(4, POLLIN);
        pollFd.setShort(6, (short) 0);
        int ready = libc.poll(pollFd, new NativeLong(1), (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        if (closed) {
            return -1;
        }
        if (ready == 0 || (ready < 0 && Native.getLastError() == EINTR)) {
            return 0;
        }
        if (ready < 0) {
            return -1;
        }
        byte[] chunk = buffer.length == length ? buffer : new byte[length];
        long count = libc.read(master, chunk, new NativeLong(length)).longValue();
        if (count < 0) {
            int errno = Native.getLastError();
            return errno == EINTR || errno == EAGAIN ? 0 : -1;
        }
        if (chunk != buffer) {
            System.arraycopy(chunk, 0, buffer, 0, (int) count);
        }
        return count == 0 ? -1 : (int) count;
    }

    @Override
    public boolean write(byte[] data, int offset, int length) {
        int done = 0;
        while (done < length) {
            if (closed) {
                return false;
            }
            byte[] chunk = new byte[length - done];
            System.arraycopy(data, offset + done, chunk, 0, chunk.length);
            long count = libc.write(master, chunk, new NativeLong(chunk.length)).longValue();
            if (count < 0) {
                if (Native.getLastError() == EINTR) {
                    continue;
                }
                return false;
            }
            done += (int) count;
        }
        return true;
    }

    /** Closes the master side only: the host sees the device disappear while its own descriptor stays open. */
    public void unplug() {
        if (!closed) {
            closed = true;
            libc.close(master);
            libc.close(slave);
        }
    }

    @Override
    public void close() {
        unplug();
    }
}

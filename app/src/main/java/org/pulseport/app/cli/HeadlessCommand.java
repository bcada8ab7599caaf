package org.pulseport.app.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.pulseport.app.AppSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code pulseport headless}: runs the engine without a window until interrupted (Ctrl+C or SIGTERM). */
@Command(name = "headless", description = "Run the background engine without a window until interrupted.")
final class HeadlessCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;
    private final PulseportCommand root;

    HeadlessCommand(PulseportCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        CountDownLatch stopRequested = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stopRequested.countDown();
            awaitQuietly(stopped);
        }, "pulseport-shutdown");
        try (AppSession session = root.sessions().open(root.options())) {
            Runtime.getRuntime().addShutdownHook(hook);
            session.context().startEngine();
            spec.commandLine().getOut().printf("Pulseport engine running with data directory %s. Press Ctrl+C to stop.%n",
                    session.context().dataDirectory());
            spec.commandLine().getOut().flush();
            awaitStopRequest(stopRequested);
            spec.commandLine().getOut().println("Stopping Pulseport engine.");
            return 0;
        } finally {
            stopped.countDown();
            removeHook(hook);
        }
    }

    /** Waits for the shutdown hook; an interrupt of this thread is a stop request too, and is consumed here. */
    private static void awaitStopRequest(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.interrupted();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException | IllegalArgumentException alreadyShuttingDownOrNeverAdded) {
            // the JVM is exiting through the hook itself
        }
    }
}

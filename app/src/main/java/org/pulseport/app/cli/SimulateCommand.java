package org.pulseport.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.pulseport.devices.sim.DexcomSimulatorServer;
import org.pulseport.devices.sim.SimulatorRunner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pulseport simulate dexcom-g4 [--days 90] [--serial SM12345678]}: a simulated receiver on a new
 * pseudo-terminal. Prints the port path as its first line and serves until interrupted, so the app (or
 * {@code pulseport import-device --port PATH}) can be tried without hardware. Opens no data directory.
 */
@Command(name = "simulate", description = "Serve a simulated Dexcom receiver on a new pseudo-terminal until"
        + " interrupted; the first line printed is its port path (for 'pulseport import-device --port PATH')."
        + " The FreeStyle Libre reader simulator runs in-process only.")
final class SimulateCommand implements Callable<Integer> {

    static final String LIBRE_IN_PROCESS = "The FreeStyle Libre reader is a USB HID device, and its simulator runs"
            + " in-process only (no pseudo-terminal can stand in for a HID device), so there is no port to serve."
            + " It is exercised by Pulseport's tests through the transport abstraction; to try device imports"
            + " without hardware, use 'pulseport simulate dexcom-g4' or 'pulseport --demo'.";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DEVICE", description = "dexcom-g4, dexcom-g5, dexcom-g6 (or libre: see above).")
    private String device;

    @Option(names = "--days", paramLabel = "N", defaultValue = "90", description = "Days of readings it holds (default: ${DEFAULT-VALUE}).")
    private int days;

    @Option(names = "--serial", paramLabel = "SERIAL", defaultValue = "SM12345678", description = "Its serial number (default: ${DEFAULT-VALUE}).")
    private String serial;

    @Option(names = "--clock-offset-minutes", paramLabel = "M", defaultValue = "0",
            description = "How far its clock is ahead (negative: behind) of this computer's (default: ${DEFAULT-VALUE}).")
    private int clockOffsetMinutes;

    @Option(names = "--line-rate", paramLabel = "BYTES_PER_SECOND", defaultValue = "0",
            description = "Send replies at this rate, like a real USB link (default: 0 = as fast as possible).")
    private long lineRate;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of the generated readings (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() throws InterruptedException {
        if (device.toLowerCase(Locale.ROOT).startsWith("libre")) {
            spec.commandLine().getErr().println("pulseport: " + LIBRE_IN_PROCESS);
            return 1;
        }
        if (days < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--days must not be negative");
        }
        SimulatorRunner.Options options;
        try {
            options = SimulatorRunner.parse(device, "--days", String.valueOf(days), "--serial", serial,
                    "--clock-offset-minutes", String.valueOf(clockOffsetMinutes), "--line-rate", String.valueOf(lineRate),
                    "--seed", String.valueOf(seed));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        DexcomSimulatorServer server = SimulatorRunner.start(options, out);
        Thread stopOnExit = new Thread(server::close, "pulseport-simulator-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            server.awaitStop();
            out.println("The simulated receiver stopped.");
        } catch (InterruptedException interrupted) {
            out.println("Stopping the simulated receiver.");
        } finally {
            server.close();
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException alreadyShuttingDown) {
                // Ctrl+C: the hook closes the simulator
            }
        }
        out.flush();
        return 0;
    }
}

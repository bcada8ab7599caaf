package org.pulseport.devices.sim;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import org.pulseport.devices.dexcom.EgvLayout;

/**
 * Starts a device simulator on a new pseudo-terminal for people and for the CLI
 * ({@code pulseport simulate dexcom-g4 --days 90 --serial SM12345678}): prints the port path to open as its first
 * line, then serves until interrupted. The FreeStyle Libre reader simulator has no kernel device; it is used in-process
 * as a {@link org.pulseport.devices.transport.Transport} ({@link LibreReaderSimulator}).
 */
public final class SimulatorRunner {

    /** The simulator to run and its settings, as given on the command line. */
    public record Options(EgvLayout model, int days, String serialNumber, Duration clockOffset, long lineRate,
                          long seed) {
    }

    static final String USAGE = "usage: simulate dexcom-g4|dexcom-g5|dexcom-g6 [--days N] [--serial SERIAL]"
            + " [--clock-offset-minutes M] [--line-rate BYTES_PER_SECOND] [--seed N]";

    private SimulatorRunner() {
    }

    public static void main(String[] args) throws InterruptedException {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        DexcomSimulatorServer server = start(options, System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "simulator-shutdown"));
        server.awaitStop();
    }

    /** Starts the simulator and prints where it serves: the port path alone on the first line, then a description. */
    public static DexcomSimulatorServer start(Options options, PrintStream out) {
        PrintWriter writer = new PrintWriter(out, true);
        DexcomSimulatorServer server = start(options, writer);
        writer.flush();
        return server;
    }

    /** {@link #start(Options, PrintStream)} for a writer (the picocli command line's output). */
    public static DexcomSimulatorServer start(Options options, PrintWriter out) {
        DexcomSimulatorConfig config = DexcomSimulatorConfig.of(SimulatedDevice.dexcomReceiver()
                .withDays(options.days()).withSerialNumber(options.serialNumber())
                .withClockOffset(options.clockOffset()).withSeed(options.seed()))
                .withModel(options.model()).withLineRate(options.lineRate());
        DexcomSimulatorServer server = DexcomSimulatorServer.startOnNewPty(config);
        out.println(server.portPath());
        out.printf("Dexcom %s receiver %s with %d days of readings serving on %s (Ctrl+C to stop)%n",
                options.model(), options.serialNumber(), options.days(), server.portPath());
        out.flush();
        return server;
    }

    /** Parses command-line arguments; an {@link IllegalArgumentException} carries the usage. */
    public static Options parse(String... args) {
        if (args.length == 0) {
            throw new IllegalArgumentException(USAGE);
        }
        EgvLayout model = model(args[0]);
        int days = 90;
        String serial = "SM12345678";
        Duration offset = Duration.ZERO;
        long lineRate = 0;
        long seed = 42;
        for (int i = 1; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + args[i] + "\n" + USAGE);
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--days":
                    days = number(value);
                    break;
                case "--serial":
                    serial = value;
                    break;
                case "--clock-offset-minutes":
                    offset = Duration.ofMinutes(number(value));
                    break;
                case "--line-rate":
                    lineRate = number(value);
                    break;
                case "--seed":
                    seed = number(value);
                    break;
                default:
                    throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
        }
        return new Options(model, days, serial, offset, lineRate, seed);
    }

    private static EgvLayout model(String family) {
        String name = family.toLowerCase(Locale.ROOT);
        if (name.startsWith("libre")) {
            throw new IllegalArgumentException("The FreeStyle Libre reader is a HID device; its simulator runs"
                    + " in-process (LibreReaderSimulator) and cannot be served on a serial port.");
        }
        switch (name) {
            case "dexcom-g4":
                return EgvLayout.G4;
            case "dexcom-g5":
                return EgvLayout.G5;
            case "dexcom-g6":
                return EgvLayout.G6;
            default:
                throw new IllegalArgumentException("unknown simulator " + family + "\n" + USAGE);
        }
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + value + "\n" + USAGE, e);
        }
    }
}

package org.pulseport.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import org.pulseport.app.engine.DeviceHardware;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code pulseport}: without a command it starts the desktop app; with one it runs that command and exits.
 * {@code --data-dir} and {@code --demo} work before or after any command.
 */
@Command(name = "pulseport", mixinStandardHelpOptions = true, versionProvider = PulseportVersion.class,
        description = "Pulseport: the offline home for your health and training data.%n"
                + "Without a command, starts the desktop app (or brings its window to the front).",
        subcommands = {ProfilesCommand.class, SyncCommand.class, JobsCommand.class, StatsCommand.class, AgpCommand.class,
                ImportCommand.class, HeadUnitCommand.class, ConnectCommand.class, ConnectionsCommand.class,
                DisconnectCommand.class, WebhooksCommand.class, NotificationsCommand.class, WorkoutsCommand.class,
                QueueCommand.class, DevicesCommand.class, ImportDeviceCommand.class, SimulateCommand.class,
                HeadlessCommand.class, BackupCommand.class, RestoreCommand.class, ExportCommand.class})
public final class PulseportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Data directory (database, logs, keys). Default: the platform's per-user data folder.")
    private Path dataDirectory;

    @Option(names = "--demo", scope = ScopeType.INHERIT,
            description = "Make sure the Demo profile with 90 days of generated data exists.")
    private boolean demo;

    @Parameters(paramLabel = "FIT_FILE", arity = "0..*", description = "FIT activity files to import into the selected "
            + "profile once the window is open; if Pulseport is already open, its window imports them.")
    private List<Path> files = List.of();

    private final ToIntFunction<GlobalOptions> desktop;
    private final SessionOpener sessions;
    private final DeviceHardware hardware;

    public PulseportCommand(ToIntFunction<GlobalOptions> desktop, SessionOpener sessions) {
        this(desktop, sessions, DeviceHardware.system());
    }

    /** With the device stack the device commands use (tests pass simulated devices). */
    public PulseportCommand(ToIntFunction<GlobalOptions> desktop, SessionOpener sessions, DeviceHardware hardware) {
        this.desktop = desktop;
        this.sessions = sessions;
        this.hardware = hardware;
    }

    @Override
    public Integer call() {
        for (Path file : files) {
            if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".fit")) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "Unknown command or not a .fit file: '" + file + "'");
            }
        }
        return desktop.applyAsInt(new GlobalOptions(dataDirectory, demo,
                files.stream().map(file -> file.toAbsolutePath().normalize()).toList()));
    }

    GlobalOptions options() {
        return new GlobalOptions(dataDirectory, demo);
    }

    SessionOpener sessions() {
        return sessions;
    }

    DeviceHardware hardware() {
        return hardware;
    }

    /** A command line with Pulseport's error conventions: one-line errors, exit code 2 for usage errors. */
    public static CommandLine commandLine(PulseportCommand root) {
        CommandLine commandLine = new CommandLine(root, new SubcommandFactory(root));
        commandLine.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("pulseport: " + firstLine(ex.getMessage())
                    + " (see 'pulseport --help')");
            return CommandLine.ExitCode.USAGE;
        });
        commandLine.setExecutionExceptionHandler((ex, cl, parseResult) -> {
            cl.getErr().println("pulseport: " + firstLine(String.valueOf(ex.getMessage())));
            return CommandLine.ExitCode.SOFTWARE;
        });
        return commandLine;
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    /** Gives every command class with a {@code (PulseportCommand)} constructor the root's options and sessions. */
    private static final class SubcommandFactory implements CommandLine.IFactory {
        private final PulseportCommand root;

        SubcommandFactory(PulseportCommand root) {
            this.root = root;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                java.lang.reflect.Constructor<K> constructor = type.getDeclaredConstructor(PulseportCommand.class);
                constructor.setAccessible(true);
                return constructor.newInstance(root);
            } catch (NoSuchMethodException noRootConstructor) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}

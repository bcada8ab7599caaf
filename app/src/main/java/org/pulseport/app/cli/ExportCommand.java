package org.pulseport.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pulseport.app.AppContext;
import org.pulseport.app.AppSession;
import org.pulseport.app.engine.ProfileExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pulseport export --profile P DIR}: one profile's readings and daily statistics as CSV, activities as FIT. */
@Command(name = "export", description = "Export one profile's data into a folder: readings.csv, "
        + "daily-statistics.csv and activities/*.fit.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;
    private final PulseportCommand root;

    @Option(names = "--profile", paramLabel = "NAME", required = true, description = "The profile to export.")
    private String profileName;

    @Parameters(paramLabel = "DIR", description = "The folder to write into (created if needed).")
    private Path folder;

    ExportCommand(PulseportCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        try (AppSession session = root.sessions().open(root.options())) {
            AppContext context = session.context();
            ProfileExport.Result result = context.data().export()
                    .export(ProfileOption.require(context.profiles(), profileName), folder);
            spec.commandLine().getOut().printf("Exported %s to %s: %,d readings, %,d days of statistics, %d activities.%n",
                    profileName, result.folder(), result.readings(), result.days(), result.activities());
            return 0;
        }
    }
}

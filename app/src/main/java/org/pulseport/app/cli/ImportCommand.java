package org.pulseport.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.pulseport.app.AppContext;
import org.pulseport.app.AppSession;
import org.pulseport.app.engine.ActivityFormat;
import org.pulseport.app.engine.ActivityImportResult;
import org.pulseport.core.model.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pulseport import FILE... --profile P}: imports FIT activity files and prints each session summary. */
@Command(name = "import", description = "Import FIT activity files (rides, runs) into a profile and print their summaries.")
final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;
    private final PulseportCommand root;

    @Option(names = "--profile", paramLabel = "NAME", required = true, description = "The profile the activities belong to.")
    private String profileName;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "FIT files to import.")
    private List<Path> files;

    ImportCommand(PulseportCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AppSession session = root.sessions().open(root.options())) {
            AppContext context = session.context();
            Profile profile = ProfileOption.require(context.profiles(), profileName);
            int failed = 0;
            for (ActivityImportResult result : context.activityImporter().importFiles(profile.id(), files)) {
                failed += print(result, out) ? 0 : 1;
            }
            return failed == 0 ? 0 : 1;
        }
    }

    /** Prints one file's outcome; false when the file could not be imported. */
    static boolean print(ActivityImportResult result, PrintWriter out) {
        if (result instanceof ActivityImportResult.Imported) {
            ActivityImportResult.Imported imported = (ActivityImportResult.Imported) result;
            out.printf("%s: imported as activity %d%s%n", result.fileName(), imported.activityId(),
                    imported.partial() ? " (PARTIAL: only the data before the damage)" : "");
            ActivityFormat.lines(imported.summary(), imported.laps(), imported.records()).forEach(line -> out.println("  " + line));
            imported.warnings().forEach(warning -> out.println("  warning: " + warning));
            return true;
        }
        if (result instanceof ActivityImportResult.AlreadyImported) {
            ActivityImportResult.AlreadyImported known = (ActivityImportResult.AlreadyImported) result;
            out.printf("%s: nothing new, already stored as activity %d (%s)%n", result.fileName(), known.activityId(),
                    known.reason());
            return true;
        }
        out.printf("%s: not imported: %s%n", result.fileName(), ((ActivityImportResult.Failed) result).message());
        return false;
    }
}

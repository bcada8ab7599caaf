package org.pulseport.app.cli;

import java.util.concurrent.Callable;
import org.pulseport.app.AppContext;
import org.pulseport.app.AppSession;
import org.pulseport.app.store.ProfileDataStore;
import org.pulseport.core.model.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pulseport profiles delete NAME --yes}: deletes a profile with everything it owns. */
@Command(name = "delete", description = "Delete a profile with all its readings, statistics, activities, workouts, "
        + "connections and notification settings. This cannot be undone (except from a backup).")
final class ProfileDeleteCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;
    private final PulseportCommand root;

    @Parameters(paramLabel = "NAME", description = "The profile to delete.")
    private String name;

    @Option(names = "--yes", description = "Confirm the deletion.")
    private boolean confirmed;

    ProfileDeleteCommand(PulseportCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        if (!confirmed) {
            spec.commandLine().getErr().println("pulseport: Deleting profile \"" + name + "\" removes all its data. "
                    + "Add --yes to confirm (consider 'pulseport backup FILE' first).");
            return 1;
        }
        try (AppSession session = root.sessions().open(root.options())) {
            AppContext context = session.context();
            Profile profile = ProfileOption.require(context.profiles(), name);
            ProfileDataStore.Deletion deletion = context.data().removal().delete(profile);
            spec.commandLine().getOut().printf("Deleted profile %s with %,d readings.%n", profile.name(),
                    deletion.readings());
            return 0;
        }
    }
}

package org.pulseport.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.pulseport.app.AppContext;
import org.pulseport.app.AppSession;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The shape most commands share: open the data directory the global options name, run with its context, print
 * to the command's output, close the session whatever happens.
 */
abstract class SessionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    private final PulseportCommand root;

    SessionCommand(PulseportCommand root) {
        this.root = root;
    }

    @Override
    public final Integer call() {
        try (AppSession session = root.sessions().open(root.options())) {
            return run(session.context(), spec.commandLine().getOut());
        }
    }

    /** The command's work; returns its exit code. */
    abstract int run(AppContext context, PrintWriter out);

    /** Exit code 0 with {@code success} on the output when {@code done}, else 1 with {@code missing} on the errors. */
    final int outcome(boolean done, String success, String missing) {
        if (done) {
            spec.commandLine().getOut().println(success);
            return 0;
        }
        spec.commandLine().getErr().println("pulseport: " + missing);
        return 1;
    }
}

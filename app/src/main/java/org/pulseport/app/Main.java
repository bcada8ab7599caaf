package org.pulseport.app;

import org.pulseport.app.cli.PulseportCommand;
import org.pulseport.app.cli.SessionOpener;
import org.pulseport.app.ui.DesktopApp;

/** Entry point of the {@code pulseport} launcher: the CLI, which starts the desktop app when given no command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PulseportCommand root = new PulseportCommand(DesktopApp::run, SessionOpener.standard());
        System.exit(PulseportCommand.commandLine(root).execute(args));
    }
}

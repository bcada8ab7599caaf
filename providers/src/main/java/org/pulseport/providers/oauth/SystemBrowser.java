package org.pulseport.providers.oauth;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;

/**
 * Opens the sign-in page in the user's default browser (RFC 8252: never an embedded web view). Where no
 * desktop browser can be launched (headless, no handler), prints the address for the user to open by hand.
 */
public final class SystemBrowser implements BrowserLauncher {

    private final PrintStream fallback;

    public SystemBrowser(PrintStream fallback) {
        this.fallback = fallback;
    }

    @Override
    public void open(URI authorizationUrl) {
        if (canBrowse()) {
            try {
                Desktop.getDesktop().browse(authorizationUrl);
                return;
            } catch (IOException | UnsupportedOperationException | SecurityException cannotOpen) {
                fallback.println("Could not open the browser (" + cannotOpen.getClass().getSimpleName() + ").");
            }
        }
        fallback.println("Open this address in your browser to sign in:");
        fallback.println(authorizationUrl);
    }

    private static boolean canBrowse() {
        return !GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE);
    }
}

package org.pulseport.providers.oauth;

import java.net.URI;

/**
 * Shows the provider's sign-in page to the user. The real one opens the system browser; tests play the
 * browser themselves.
 */
@FunctionalInterface
public interface BrowserLauncher {

    void open(URI authorizationUrl);
}

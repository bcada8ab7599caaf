package org.pulseport.app.cli;

import org.pulseport.app.AppSession;

/** Opens the application session a command works in (the real store; tests point it at a temporary directory). */
@FunctionalInterface
public interface SessionOpener {

    AppSession open(GlobalOptions options);

    /** The production opener: claims the data directory, opens the store, seeds the demo when asked. */
    static SessionOpener standard() {
        return options -> AppSession.open(options.dataDirectory(), options.demo(), step -> { });
    }

    /** Like {@link #standard()}, with providers configured from {@code environment} instead of the process's. */
    static SessionOpener withEnvironment(java.util.Map<String, String> environment) {
        return options -> AppSession.open(options.dataDirectory(), options.demo(), environment, step -> { });
    }
}

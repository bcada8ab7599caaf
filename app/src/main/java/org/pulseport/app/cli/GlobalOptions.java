package org.pulseport.app.cli;

import java.nio.file.Path;

/** The options every command accepts: which data directory, and whether to make sure the Demo profile exists. */
public record GlobalOptions(Path dataDirectory, boolean demo) {
}

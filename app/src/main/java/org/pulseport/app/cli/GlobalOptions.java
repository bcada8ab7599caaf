package org.pulseport.app.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * The options every command accepts: which data directory, and whether to make sure the Demo profile exists; for the
 * desktop app also the FIT files to import once its window is open (what a file manager passes).
 */
public record GlobalOptions(Path dataDirectory, boolean demo, List<Path> files) {

    public GlobalOptions {
        files = List.copyOf(files);
    }

    public GlobalOptions(Path dataDirectory, boolean demo) {
        this(dataDirectory, demo, List.of());
    }
}

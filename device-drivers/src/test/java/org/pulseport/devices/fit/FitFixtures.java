package org.pulseport.devices.fit;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the shared FIT test corpus ({@code shared/fixtures/fit}) without copying it into the repository:
 * the system property {@code pulseport.fit.fixtures} if set, else the first ancestor of the working directory
 * that has {@code shared/fixtures/fit} (from {@code device-drivers} that is {@code ../../shared/fixtures/fit}).
 */
final class FitFixtures {

    private static final Path DIRECTORY = locate();

    private FitFixtures() {
    }

    static Path file(String name) {
        Path file = DIRECTORY.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("FIT fixture " + name + " is missing in " + DIRECTORY);
        }
        return file;
    }

    static FitDecodeResult decode(String name) {
        return FitDecoder.standard().decode(file(name));
    }

    private static Path locate() {
        String configured = System.getProperty("pulseport.fit.fixtures");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("fixtures").resolve("fit");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("cannot find shared/fixtures/fit above " + Path.of("").toAbsolutePath()
                + "; set -Dpulseport.fit.fixtures=<dir>");
    }
}

package org.pulseport.app;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared FIT test corpus, referenced where it lies and never copied: {@code ../shared/fixtures/fit} seen from
 * the worktree root, found from the module directory by walking up to the first ancestor that has
 * {@code shared/fixtures/fit}.
 */
public final class FitCorpus {

    private static final Path DIRECTORY = locate();

    private FitCorpus() {
    }

    public static Path directory() {
        return DIRECTORY;
    }

    public static Path file(String name) {
        Path file = DIRECTORY.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("FIT fixture " + name + " is missing in " + DIRECTORY);
        }
        return file;
    }

    private static Path locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("fixtures").resolve("fit");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/fixtures/fit not found above " + Path.of("").toAbsolutePath());
    }
}

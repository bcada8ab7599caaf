package org.pulseport.app.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Pulseport keeps its database, logs and keys: the platform's per-user data location unless the user
 * names another with {@code --data-dir}.
 */
public final class DataDirectory {

    private DataDirectory() {
    }

    /**
     * The default location: {@code $XDG_DATA_HOME/pulseport} (else {@code ~/.local/share/pulseport}) on Linux,
     * {@code ~/Library/Application Support/Pulseport} on macOS and {@code %APPDATA%\Pulseport} on Windows.
     */
    public static Path platformDefault(String osName, Map<String, String> env, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : userHome.resolve("AppData").resolve("Roaming");
            return base.resolve("Pulseport");
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("Pulseport");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local").resolve("share");
        return base.resolve("pulseport");
    }

    /** The default location for the running system. */
    public static Path platformDefault() {
        return platformDefault(System.getProperty("os.name"), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * Creates the directory if needed and checks that it can be written to.
     *
     * @throws StoreException with {@link StoreProblem.DataDirectoryNotWritable} when it cannot be used
     */
    public static Path prepare(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw notWritable(dir, "it is a file, not a directory");
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw notWritable(dir, "cannot create it: " + describe(e));
        }
        if (!Files.isWritable(dir)) {
            throw notWritable(dir, "permission denied");
        }
        return dir;
    }

    private static StoreException notWritable(Path dir, String reason) {
        return new StoreException(new StoreProblem.DataDirectoryNotWritable(dir, reason));
    }

    private static String describe(IOException e) {
        String name = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2");
        return name.toLowerCase(Locale.ROOT) + (e.getMessage() == null ? "" : " " + e.getMessage());
    }
}

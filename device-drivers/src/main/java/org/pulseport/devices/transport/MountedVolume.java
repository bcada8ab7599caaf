package org.pulseport.devices.transport;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A device that shows up as USB mass storage (Garmin and Wahoo head units): a mounted directory whose files are
 * read and written. Paths are relative to the volume root and may not escape it; writes are atomic (temporary
 * file then rename) so an unplug never leaves a half-written file behind.
 */
public final class MountedVolume {

    private final Path root;

    public MountedVolume(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** Checks that the volume is mounted and readable. */
    public void open() throws TransportException {
        if (!Files.isDirectory(root)) {
            throw new TransportException(new TransportError.NotFound(root.toString()));
        }
        if (!Files.isReadable(root)) {
            throw new TransportException(new TransportError.PermissionDenied(root.toString(),
                    "Mount the device so that your user can read it (check the mount options), then replug it."));
        }
    }

    /** The regular files in {@code directory} whose names match {@code glob}, sorted by name. */
    public List<Path> list(String directory, String glob) throws TransportException {
        Path dir = resolve(directory);
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, glob)) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry)) {
                    files.add(root.relativize(entry));
                }
            }
        } catch (IOException e) {
            throw new TransportException(classify(dir, e), e);
        }
        files.sort(null);
        return files;
    }

    public byte[] read(String relativePath) throws TransportException {
        Path file = resolve(relativePath);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new TransportException(classify(file, e), e);
        }
    }

    public void write(String relativePath, byte[] content) throws TransportException {
        Path file = resolve(relativePath);
        Path temporary = file.resolveSibling(file.getFileName() + ".pulseport-tmp");
        try {
            Files.createDirectories(file.getParent());
            Files.write(temporary, content);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new TransportException(classify(file, e), e);
        }
    }

    /** Deletes a file on the volume; a file that is already gone is not an error. */
    public void delete(String relativePath) throws TransportException {
        Path file = resolve(relativePath);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new TransportException(classify(file, e), e);
        }
    }

    private Path resolve(String relativePath) throws TransportException {
        Path resolved = root.resolve(relativePath).normalize();
        if (!resolved.startsWith(root)) {
            throw new TransportException(new TransportError.IoFailure(relativePath, "path leaves the device volume"));
        }
        return resolved;
    }

    private TransportError classify(Path path, IOException e) {
        if (!Files.isDirectory(root)) {
            return new TransportError.Disconnected(root.toString());
        }
        if (e instanceof NoSuchFileException) {
            return new TransportError.NotFound(path.toString());
        }
        if (e instanceof AccessDeniedException) {
            return new TransportError.PermissionDenied(path.toString(),
                    "The volume is read-only or owned by another user; remount it read-write, then replug it.");
        }
        return new TransportError.IoFailure(path.toString(), String.valueOf(e.getMessage()));
    }
}

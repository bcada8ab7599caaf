package org.pulseport.app.store.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The backup file format: a zip with a manifest ({@value #MANIFEST}: format and time taken), the database as H2's
 * online backup wrote it ({@value #DATABASE}) and the data directory's other files under their relative paths
 * (keys, reports).
 */
final class BackupArchive {

    static final String MANIFEST = "pulseport-backup.properties";
    static final String DATABASE = "pulseport.mv.db";
    static final String FORMAT = "1";

    private BackupArchive() {
    }

    /** Writes the archive: manifest, the database from H2's backup zip, then {@code files} (relative to {@code root}). */
    static int write(Path target, Path h2Backup, Path root, List<Path> files, Instant takenAt) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(manifest(takenAt).getBytes(StandardCharsets.ISO_8859_1));
            zip.closeEntry();
            copyDatabase(h2Backup, zip);
            for (Path file : files) {
                zip.putNextEntry(new ZipEntry(root.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
        return files.size() + 1;
    }

    private static void copyDatabase(Path h2Backup, ZipOutputStream zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(h2Backup))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(DATABASE)) {
                    zip.putNextEntry(new ZipEntry(DATABASE));
                    in.transferTo(zip);
                    zip.closeEntry();
                    return;
                }
            }
        }
        throw new IOException("H2's backup holds no " + DATABASE);
    }

    private static String manifest(Instant takenAt) {
        Properties properties = new Properties();
        properties.setProperty("format", FORMAT);
        properties.setProperty("taken", takenAt.toString());
        StringWriter text = new StringWriter();
        try {
            properties.store(text, "Pulseport backup");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * Unpacks an archive into the empty folder {@code into} and returns when the backup was taken.
     *
     * @throws BackupException when the file is not a readable Pulseport backup
     */
    static Instant extract(Path archive, Path into) {
        Instant takenAt = null;
        boolean database = false;
        try (InputStream raw = Files.newInputStream(archive); ZipInputStream zip = new ZipInputStream(raw)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (entry.getName().equals(MANIFEST)) {
                    takenAt = readManifest(archive, new String(zip.readAllBytes(), StandardCharsets.ISO_8859_1));
                    continue;
                }
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw notABackup(archive, "it has an entry outside the data directory: " + entry.getName());
                }
                Files.createDirectories(target.getParent());
                Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                database |= entry.getName().equals(DATABASE);
            }
        } catch (ZipException e) {
            throw notABackup(archive, "it is not a zip file (" + e.getMessage() + ")");
        } catch (FileSystemException e) {
            throw new BackupException("Cannot read the backup " + archive + ": " + e.getMessage() + ".", e);
        } catch (IOException e) {
            throw new BackupException("Cannot read the backup " + archive + " (" + e.getMessage() + "). Is it complete?", e);
        }
        if (takenAt == null || !database) {
            throw notABackup(archive, takenAt == null ? "it has no " + MANIFEST : "it holds no database");
        }
        return takenAt;
    }

    private static Instant readManifest(Path archive, String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String format = properties.getProperty("format", "");
        if (!format.equals(FORMAT)) {
            throw notABackup(archive, "its format '" + format + "' is not one this Pulseport reads (" + FORMAT + ")");
        }
        try {
            return Instant.parse(properties.getProperty("taken", ""));
        } catch (DateTimeParseException e) {
            throw notABackup(archive, "its manifest has no valid time taken");
        }
    }

    private static BackupException notABackup(Path archive, String reason) {
        return new BackupException(archive + " is not a Pulseport backup: " + reason + ". Nothing was changed.");
    }
}

package org.pulseport.app.store.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFileTest {

    @TempDir
    Path dir;

    @Test
    void theKeyFileIsCreatedOnFirstUseReadableByItsOwnerOnly() throws Exception {
        KeyFile keys = KeyFile.in(dir);
        assertThat(keys.file()).doesNotExist();

        byte[] key = keys.key().getEncoded();

        assertThat(key).hasSize(32);
        assertThat(Files.getPosixFilePermissions(keys.file())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(keys.file().getParent())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.readAllBytes(keys.file())).isEqualTo(key);
        assertThat(KeyFile.in(dir).key().getEncoded()).as("read again by the next start").isEqualTo(key);
        try (var files = Files.list(keys.file().getParent())) {
            assertThat(files).containsExactly(keys.file());
        }
        assertThat(keys.describe()).contains(keys.file().toString());
    }

    @Test
    void aKeyFileOthersCanReadIsRestrictedAgain() throws Exception {
        byte[] key = KeyFile.in(dir).key().getEncoded();
        Path file = KeyFile.in(dir).file();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(KeyFile.in(dir).key().getEncoded()).isEqualTo(key);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void aDamagedKeyFileIsRefusedWithWhatToDo() throws Exception {
        Path file = dir.resolve("keys/connections.key");
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[7]);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThatThrownBy(() -> new KeyFile(file, new SecureRandom()).key()).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(file.toString()).hasStackTraceContaining("holds 7 bytes instead of 32");
    }

    @Test
    void anExistingKeyFileIsNeverReplaced() throws Exception {
        Path file = dir.resolve("keys").resolve("connections.key");
        byte[] first = KeyFile.in(dir).key().getEncoded();

        assertThat(OwnerOnlyFiles.create(file, new byte[KeyFile.KEY_BYTES])).isFalse();
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
        try (var left = Files.list(file.getParent())) {
            assertThat(left).as("no temporary file left behind").containsExactly(file);
        }
    }
}

package org.pulseport.app.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotifySecretsTest {

    @TempDir
    Path dir;

    @Test
    void sealsWithAFreshNonceAndOpensAgain() {
        NotifySecrets cipher = NotifySecrets.ephemeral();
        String a = cipher.seal("whsec-0123456789abcdef");
        String b = cipher.seal("whsec-0123456789abcdef");
        assertThat(a).isNotEqualTo(b).doesNotContain("whsec");
        assertThat(cipher.open(a)).isEqualTo("whsec-0123456789abcdef");
        assertThat(cipher.open(cipher.seal("{\"url\":\"https://hooks.example.org/ü\"}"))).isEqualTo("{\"url\":\"https://hooks.example.org/ü\"}");
    }

    @Test
    void theKeyLivesInTheDataDirectoryReadableByItsOwnerOnly() throws Exception {
        Path keys = dir.resolve("keys");
        String sealed = NotifySecrets.inDirectory(keys).seal("secret");
        assertThat(NotifySecrets.inDirectory(keys).open(sealed)).as("the same key next time").isEqualTo("secret");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve("notify.key")))).isEqualTo("rw-------");
        assertThatIllegalStateException().isThrownBy(() -> NotifySecrets.ephemeral().open(sealed))
                .withMessageContaining("cannot be opened with this data directory's key");
    }

    @Test
    void aChangedValueIsRefused() {
        NotifySecrets cipher = NotifySecrets.ephemeral();
        String sealed = cipher.seal("secret");
        byte[] bytes = java.util.Base64.getDecoder().decode(sealed);
        bytes[14] ^= 1;
        String tampered = java.util.Base64.getEncoder().encodeToString(bytes);
        assertThatIllegalStateException().isThrownBy(() -> cipher.open(tampered));
        assertThatIllegalStateException().isThrownBy(() -> cipher.open("plain"));
    }
}

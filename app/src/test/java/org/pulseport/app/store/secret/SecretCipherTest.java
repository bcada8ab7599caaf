package org.pulseport.app.store.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretCipherTest {

    private static final byte[] TOKEN = "access-token-0f1e2d3c4b5a".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private SecretCipher cipher(String keyFolder) {
        return new SecretCipher(SealingKeys.of(KeyFile.in(dir.resolve(keyFolder))), new SecureRandom());
    }

    @Test
    void sealsAndOpensForTheSameConnection() {
        SecretCipher cipher = cipher("a");
        assertThat(cipher.open(cipher.seal(TOKEN, 7), "file-1", 7)).isEqualTo(TOKEN);
        assertThat(cipher.keyId()).isEqualTo("file-1");
    }

    @Test
    void equalTokensEncryptDifferentlyWithAFreshIvEachTime() {
        SecretCipher cipher = cipher("a");
        Set<String> sealed = new HashSet<>();
        Set<String> ivs = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String once = cipher.seal(TOKEN, 7);
            sealed.add(once);
            byte[] bytes = Base64.getDecoder().decode(once);
            ivs.add(Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(bytes, 1, 1 + SecretCipher.IV_BYTES)));
            assertThat(bytes).hasSize(1 + SecretCipher.IV_BYTES + TOKEN.length + 16);
        }
        assertThat(sealed).hasSize(50);
        assertThat(ivs).hasSize(50);
    }

    @Test
    void everyChangedByteIsRejected() {
        SecretCipher cipher = cipher("a");
        byte[] sealed = Base64.getDecoder().decode(cipher.seal(TOKEN, 7));
        for (int i = 0; i < sealed.length; i++) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 0x01;
            String text = Base64.getEncoder().encodeToString(tampered);
            assertThatThrownBy(() -> cipher.open(text, "file-1", 7)).as("byte %d", i)
                    .isInstanceOf(SecretUnreadableException.class).hasMessageContaining("connection 7");
        }
    }

    @Test
    void aSecretMovedToAnotherConnectionOrOpenedWithAnotherKeyIsRejected() {
        String sealed = cipher("a").seal(TOKEN, 7);
        assertThatThrownBy(() -> cipher("a").open(sealed, "file-1", 8)).isInstanceOf(SecretUnreadableException.class)
                .hasMessageContaining("belongs to another connection");
        assertThatThrownBy(() -> cipher("b").open(sealed, "file-1", 7)).isInstanceOf(SecretUnreadableException.class);
        assertThatThrownBy(() -> cipher("a").open("not base64!", "file-1", 7)).isInstanceOf(SecretUnreadableException.class);
        assertThatThrownBy(() -> cipher("a").open(sealed.substring(0, 12), "file-1", 7)).isInstanceOf(SecretUnreadableException.class);
    }

    @Test
    void theMessageNeverContainsTheSecret() {
        SecretCipher cipher = cipher("a");
        String sealed = cipher.seal(TOKEN, 7);
        assertThatThrownBy(() -> cipher.open(sealed, "file-1", 8)).hasMessageNotContaining(new String(TOKEN, StandardCharsets.UTF_8))
                .hasMessageNotContaining(sealed);
    }
}

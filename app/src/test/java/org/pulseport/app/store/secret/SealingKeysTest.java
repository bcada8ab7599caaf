package org.pulseport.app.store.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealingKeysTest {

    private static final byte[] TOKEN = "refresh-token-4711".getBytes(StandardCharsets.UTF_8);
    private static final KeyringAccess NO_KEYRING = new KeyringAccess.Closed("no D-Bus session bus");

    @TempDir
    Path dir;

    private final MemoryVault keyring = new MemoryVault();

    private SecretCipher cipher(KeyStorageMode mode, Supplier<KeyringAccess> access) {
        return new SecretCipher(SealingKeys.choose(dir, mode, access), new SecureRandom());
    }

    @Test
    void withAKeyringTheKeyIsCreatedThereAndTheDataDirectoryKeepsOnlyItsId() throws Exception {
        SecretCipher cipher = cipher(KeyStorageMode.AUTO, keyring::access);
        String sealed = cipher.seal(TOKEN, 7);

        assertThat(cipher.keyId()).startsWith("keyring-");
        Path idFile = KeyringKey.idFile(dir);
        assertThat(Files.readString(idFile)).isEqualTo(cipher.keyId());
        assertThat(Files.getPosixFilePermissions(idFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(keyring.entries()).containsOnlyKeys("connections key " + cipher.keyId());
        assertThat(Base64.getDecoder().decode(keyring.entries().values().iterator().next())).hasSize(32);
        assertThat(KeyFile.in(dir).file()).as("no key file when the keyring holds the key").doesNotExist();

        SecretCipher nextStart = cipher(KeyStorageMode.AUTO, keyring::access);
        assertThat(nextStart.keyId()).isEqualTo(cipher.keyId());
        assertThat(nextStart.open(sealed, cipher.keyId(), 7)).isEqualTo(TOKEN);
    }

    @Test
    void theKeyringIsAskedOnlyWhenAKeyIsFirstNeeded() {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        SecretCipher cipher = cipher(KeyStorageMode.AUTO, () -> {
            asked.incrementAndGet();
            return keyring.access();
        });
        assertThat(asked).as("not at start-up").hasValue(0);

        cipher.open(cipher.seal(TOKEN, 7), cipher.keyId(), 7);
        assertThat(asked).as("once").hasValue(1);
    }

    @Test
    void withoutAKeyringTheKeyFileIsUsed() {
        SecretCipher cipher = cipher(KeyStorageMode.AUTO, () -> NO_KEYRING);

        assertThat(cipher.open(cipher.seal(TOKEN, 7), cipher.keyId(), 7)).isEqualTo(TOKEN);
        assertThat(cipher.keyId()).isEqualTo("file-1");
        assertThat(KeyFile.in(dir).file()).exists();
        assertThat(KeyringKey.idFile(dir)).doesNotExist();
    }

    @Test
    void fileModeNeverAsksTheKeyringUnlessItHeldAKeyBefore() {
        SecretCipher cipher = cipher(KeyStorageMode.FILE, () -> {
            throw new AssertionError("the keyring was asked");
        });

        assertThat(cipher.open(cipher.seal(TOKEN, 7), cipher.keyId(), 7)).isEqualTo(TOKEN);
        assertThat(keyring.entries()).isEmpty();
    }

    @Test
    void secretsSealedEarlierStayReadableWhenTheKeyringComesAndGoes() {
        String inFile = cipher(KeyStorageMode.AUTO, () -> NO_KEYRING).seal(TOKEN, 7);
        SecretCipher withKeyring = cipher(KeyStorageMode.AUTO, keyring::access);
        String inKeyring = withKeyring.seal(TOKEN, 8);

        assertThat(withKeyring.open(inFile, "file-1", 7)).as("key file rows open while the keyring is current").isEqualTo(TOKEN);
        SecretCipher fileAgain = cipher(KeyStorageMode.FILE, keyring::access);
        assertThat(fileAgain.keyId()).isEqualTo("file-1");
        assertThat(fileAgain.open(inKeyring, withKeyring.keyId(), 8)).as("keyring rows open in file mode").isEqualTo(TOKEN);

        SecretCipher noKeyring = cipher(KeyStorageMode.AUTO, () -> NO_KEYRING);
        assertThat(noKeyring.open(inFile, "file-1", 7)).isEqualTo(TOKEN);
        assertThatThrownBy(() -> noKeyring.open(inKeyring, withKeyring.keyId(), 8))
                .as("a passing condition, not a broken sign-in").isInstanceOf(KeyUnavailableException.class)
                .hasMessageContaining("kept in the keyring, but no D-Bus session bus")
                .hasMessageContaining("PULSEPORT_KEY_STORAGE=file");
    }

    @Test
    void aKeyringThatDoesNotAnswerNeverGetsANewKey() throws Exception {
        SecretCipher first = cipher(KeyStorageMode.AUTO, keyring::access);
        String sealed = first.seal(TOKEN, 7);
        String id = first.keyId();
        keyring.stopAnswering();

        SecretCipher locked = cipher(KeyStorageMode.AUTO, keyring::access);
        assertThatThrownBy(() -> locked.open(sealed, id, 7)).isInstanceOf(KeyUnavailableException.class)
                .hasMessageContaining("the test keyring is locked");
        assertThatThrownBy(() -> locked.seal(TOKEN, 9)).isInstanceOf(KeyUnavailableException.class);
        assertThat(Files.readString(KeyringKey.idFile(dir))).isEqualTo(id);
        assertThat(keyring.entries()).hasSize(1);
    }

    @Test
    void aDamagedOrLostKeyringEntryIsReportedWithWhatToDo() {
        SecretCipher first = cipher(KeyStorageMode.KEYRING, keyring::access);
        String sealed = first.seal(TOKEN, 7);
        keyring.entries().replaceAll((account, key) -> "not a key");

        assertThatThrownBy(() -> cipher(KeyStorageMode.KEYRING, keyring::access).open(sealed, first.keyId(), 7))
                .isInstanceOf(SecretUnreadableException.class)
                .hasMessageContaining("is missing or damaged").hasMessageContaining("keyring-key.id");
    }

    @Test
    void aKeyringThatDoesNotKeepTheKeyIsRefusedBeforeAnythingIsSealed() {
        keyring.forgetWrites();

        assertThatThrownBy(() -> cipher(KeyStorageMode.KEYRING, keyring::access).seal(TOKEN, 7))
                .isInstanceOf(KeyUnavailableException.class).hasMessageContaining("did not");
        assertThat(KeyringKey.idFile(dir)).doesNotExist();
    }

    @Test
    void inAutoModeAKeyringThatDoesNotKeepTheKeyLeavesItToTheKeyFile() {
        keyring.forgetWrites();
        SecretCipher cipher = cipher(KeyStorageMode.AUTO, keyring::access);

        assertThat(cipher.open(cipher.seal(TOKEN, 7), cipher.keyId(), 7)).isEqualTo(TOKEN);
        assertThat(cipher.keyId()).isEqualTo("file-1");
        assertThat(KeyringKey.idFile(dir)).doesNotExist();
    }

    @Test
    void aMissingKeyFileIsNotCreatedJustToOpenWhatItSealed() {
        SecretCipher withKeyring = cipher(KeyStorageMode.AUTO, keyring::access);

        assertThatThrownBy(() -> withKeyring.open("AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "file-1", 7))
                .isInstanceOf(SecretUnreadableException.class).hasMessageContaining("does not have");
        assertThat(KeyFile.in(dir).file()).doesNotExist();
    }

    @Test
    void keyringModeWithoutAKeyringSaysWhyAndHowToChooseTheFile() {
        assertThatThrownBy(() -> cipher(KeyStorageMode.KEYRING, () -> NO_KEYRING).seal(TOKEN, 7))
                .isInstanceOf(KeyUnavailableException.class)
                .hasMessageContaining("no D-Bus session bus").hasMessageContaining("PULSEPORT_KEY_STORAGE=file");
        assertThat(KeyFile.in(dir).file()).doesNotExist();
    }

    @Test
    void theModeComesFromTheEnvironmentAndBadValuesAreNamed() {
        assertThat(KeyStorageMode.configured(Map.of("PULSEPORT_KEY_STORAGE", "Keyring"))).isEqualTo(KeyStorageMode.KEYRING);
        assertThat(KeyStorageMode.configured(Map.of("PULSEPORT_KEY_STORAGE", "file"))).isEqualTo(KeyStorageMode.FILE);
        assertThatIllegalArgumentException().isThrownBy(() -> KeyStorageMode.configured(Map.of("PULSEPORT_KEY_STORAGE", "flie")))
                .withMessage("PULSEPORT_KEY_STORAGE=flie is not a key storage; use one of auto, keyring, file");
    }
}

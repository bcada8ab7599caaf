package org.pulseport.app.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.store.ConnectionRepository;
import org.pulseport.app.store.Database;
import org.pulseport.app.store.ProfileRepository;
import org.pulseport.app.store.SourceKind;
import org.pulseport.app.store.SourceRepository;
import org.pulseport.app.store.secret.KeyStorageMode;
import org.pulseport.app.store.secret.KeyringAccess;
import org.pulseport.app.store.secret.MemoryVault;
import org.pulseport.app.store.secret.SealingKeys;
import org.pulseport.app.store.secret.SecretCipher;
import org.pulseport.providers.oauth.OAuthTokenSet;
import org.pulseport.providers.oura.OuraConnector;

/** Sign-ins sealed with the key file move to the keyring key once a keyring answers, and nothing is lost. */
class ConnectionKeyMigrationTest {

    private static final ConnectionSecret SECRET = new ConnectionSecret.OAuth(new OAuthTokenSet("access-1",
            Optional.of("refresh-1"), Optional.of(Instant.parse("2026-12-01T00:00:00Z")), Set.of("daily")));

    @TempDir
    Path dir;

    private final MemoryVault keyring = new MemoryVault();
    private Database db;
    private ConnectionRepository repository;
    private long sourceId;

    @BeforeEach
    void setUp() {
        db = Database.openEmbedded(dir, step -> { });
        long profileId = new ProfileRepository(db.sessions()).create("Ann", ZoneId.of("UTC"), Instant.now()).id();
        sourceId = new SourceRepository(db.sessions()).findOrCreate(profileId, SourceKind.CLOUD, OuraConnector.ID,
                ConnectionService.ACCOUNT, "Oura Ring", Instant.now()).getId();
        repository = new ConnectionRepository(db.sessions());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private ConnectionVault vault(KeyStorageMode mode, Supplier<KeyringAccess> access) {
        return new ConnectionVault(repository, new SecretCipher(SealingKeys.choose(dir, mode, access), new SecureRandom()),
                Clock.systemUTC());
    }

    private String storedKeyId() {
        return repository.find(sourceId).orElseThrow().keyId();
    }

    @Test
    void signInsMoveToTheKeyringOnceAndStayReadable() {
        vault(KeyStorageMode.AUTO, () -> new KeyringAccess.Closed("no keyring")).store(sourceId, SECRET, true);
        assertThat(storedKeyId()).isEqualTo("file-1");

        ConnectionVault withKeyring = vault(KeyStorageMode.AUTO, keyring::access);
        assertThat(withKeyring.resealStale()).isEqualTo(1);
        assertThat(storedKeyId()).startsWith("keyring-");
        assertThat(withKeyring.read(sourceId)).contains(SECRET);
        assertThat(repository.find(sourceId).orElseThrow().uploadWorkoutsEnabled()).isTrue();
        assertThat(withKeyring.resealStale()).as("nothing left to move").isZero();
    }

    @Test
    void withoutSignInsNoKeyIsAskedForOrCreated() {
        ConnectionVault vault = vault(KeyStorageMode.AUTO, () -> {
            throw new AssertionError("the keyring was asked");
        });

        assertThat(vault.resealStale()).isZero();
        assertThat(keyring.entries()).isEmpty();
    }

    @Test
    void aSignInThatCannotBeOpenedNowStaysAsItWas() {
        vault(KeyStorageMode.KEYRING, keyring::access).store(sourceId, SECRET, false);
        String sealedWith = storedKeyId();
        String sealed = repository.find(sourceId).orElseThrow().sealedSecret();
        keyring.stopAnswering();

        ConnectionVault withoutKeyring = vault(KeyStorageMode.AUTO, () -> new KeyringAccess.Closed("no keyring"));
        assertThat(withoutKeyring.resealStale()).isZero();
        assertThat(storedKeyId()).isEqualTo(sealedWith);
        assertThat(repository.find(sourceId).orElseThrow().sealedSecret()).isEqualTo(sealed);
    }
}

package org.pulseport.app.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.store.ConnectionRepository;
import org.pulseport.app.store.Database;
import org.pulseport.app.store.ProfileRepository;
import org.pulseport.app.store.SourceEntity;
import org.pulseport.app.store.SourceKind;
import org.pulseport.app.store.SourceRepository;
import org.pulseport.app.store.secret.KeyFile;
import org.pulseport.app.store.secret.KeyStorageMode;
import org.pulseport.app.store.secret.MemoryVault;
import org.pulseport.app.store.secret.SealingKeys;
import org.pulseport.app.store.secret.SecretCipher;
import org.pulseport.core.connector.Credentials;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.error.PulseportException;
import org.pulseport.providers.http.HttpTimeouts;
import org.pulseport.providers.http.ProviderSettings;
import org.pulseport.providers.oauth.OAuthTokenSet;
import org.pulseport.providers.oura.OuraConnector;

/**
 * The cloud credentials provider against a rotating token endpoint: proactive refresh of expiring tokens,
 * refreshes of one connection serialized so a rotated refresh token is never sent twice, and failures that leave
 * the stored sign-in untouched.
 */
class CloudCredentialsTest {

    private static final int THREADS = 8;

    @TempDir
    Path dir;

    private final MockWebServer tokenServer = new MockWebServer();
    private final List<String> sentRefreshTokens = new CopyOnWriteArrayList<>();
    private final AtomicInteger issued = new AtomicInteger();
    private volatile boolean refusing;
    private Database db;
    private ConnectionVault vault;
    private CloudCredentials credentials;
    private SourceEntity source;

    @BeforeEach
    void setUp() throws Exception {
        tokenServer.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String body = request.getBody().readUtf8();
                String refreshToken = okhttp3.HttpUrl.get("http://x/?" + body).queryParameter("refresh_token");
                sentRefreshTokens.add(refreshToken);
                if (refusing) {
                    return new MockResponse().setResponseCode(400).setBody("{\"error\":\"invalid_grant\"}");
                }
                int n = issued.incrementAndGet();
                return new MockResponse().setHeader("Content-Type", "application/json").setBody("{\"access_token\":\"access-"
                        + n + "\",\"refresh_token\":\"refresh-" + n + "\",\"token_type\":\"Bearer\",\"expires_in\":86400}");
            }
        });
        tokenServer.start();
        db = Database.openEmbedded(dir, step -> { });
        long profileId = new ProfileRepository(db.sessions()).create("Ann", ZoneId.of("UTC"), Instant.now()).id();
        SourceRepository sources = new SourceRepository(db.sessions());
        source = sources.findOrCreate(profileId, SourceKind.CLOUD, OuraConnector.ID, ConnectionService.ACCOUNT, "Oura Ring", Instant.now());
        vault = new ConnectionVault(new ConnectionRepository(db.sessions()),
                new SecretCipher(SealingKeys.of(KeyFile.in(dir)), new SecureRandom()), Clock.systemUTC());
        OuraConnector oura = new OuraConnector(ProviderSettings.fromEnvironment(OuraConnector.ID, OuraConnector.DEFAULTS, Map.of(
                "PULSEPORT_OURA_TOKEN_URL", tokenServer.url("/oauth/token").toString(),
                "PULSEPORT_OURA_CLIENT_ID", "id", "PULSEPORT_OURA_CLIENT_SECRET", "secret")), HttpTimeouts.of(Duration.ofSeconds(10)));
        credentials = new CloudCredentials(vault, new CloudProviders(new ConnectorRegistry(List.of(oura)), List.of()),
                OAuthClients.standard(Clock.systemUTC()), Clock.systemUTC());
    }

    @AfterEach
    void tearDown() throws Exception {
        db.close();
        tokenServer.shutdown();
    }

    private void storeTokens(Instant expiresAt) {
        vault.store(source.getId(), new ConnectionSecret.OAuth(new OAuthTokenSet("access-0", Optional.of("refresh-0"),
                Optional.of(expiresAt), Set.of("daily"))), false);
    }

    private OAuthTokenSet stored() {
        return ((ConnectionSecret.OAuth) vault.read(source.getId()).orElseThrow()).tokens();
    }

    private <T> List<T> concurrently(Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> results = IntStream.range(0, THREADS).mapToObj(i -> pool.submit(() -> {
                start.await();
                return call.call();
            })).toList();
            start.countDown();
            List<T> values = new java.util.ArrayList<>();
            for (Future<T> result : results) {
                values.add(result.get());
            }
            return values;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTokenThatIsNotAboutToExpireIsHandedOutAsStored() {
        storeTokens(Instant.now().plus(Duration.ofHours(1)));
        assertThat(credentials.current(source)).isEqualTo(new Credentials.OAuthTokens("access-0", "refresh-0", stored().expiresAt().orElseThrow()));
        assertThat(sentRefreshTokens).isEmpty();
    }

    @Test
    void anExpiringTokenIsRefreshedOnceEvenWhenManySyncsAskAtTheSameTime() throws Exception {
        storeTokens(Instant.now().plus(Duration.ofMinutes(2)));

        List<Credentials> handedOut = concurrently(() -> credentials.current(source));

        assertThat(sentRefreshTokens).containsExactly("refresh-0");
        assertThat(handedOut).extracting(c -> ((Credentials.OAuthTokens) c).accessToken()).containsOnly("access-1");
        assertThat(stored().refreshToken()).hasValue("refresh-1");
    }

    @Test
    void concurrentForcedRefreshesRunOneAfterTheOtherEachWithTheLatestRotatedToken() throws Exception {
        storeTokens(Instant.now().plus(Duration.ofHours(1)));

        concurrently(() -> credentials.refresh(source));

        assertThat(sentRefreshTokens).hasSize(THREADS).doesNotHaveDuplicates()
                .containsExactlyElementsOf(IntStream.range(0, THREADS).mapToObj(i -> "refresh-" + i).toList());
        assertThat(stored().refreshToken()).hasValue("refresh-" + THREADS);
        assertThat(stored().accessToken()).isEqualTo("access-" + THREADS);
    }

    @Test
    void aRefusedRefreshIsAnAuthErrorAndLeavesTheStoredTokensAsTheyWere() {
        storeTokens(Instant.now().minus(Duration.ofMinutes(1)));
        refusing = true;

        PulseportException refused = catchThrowableOfType(() -> credentials.current(source), PulseportException.class);

        assertThat(refused.error()).isInstanceOf(PulseportError.AuthError.class);
        assertThat(refused.error().detail()).contains("invalid_grant");
        assertThat(stored().accessToken()).isEqualTo("access-0");
        assertThat(stored().refreshToken()).hasValue("refresh-0");
    }

    @Test
    void passwordsAreHandedOutAndARejectedPasswordCannotBeRefreshed() {
        vault.store(source.getId(), new ConnectionSecret.Password("ann@example.org", "pw"), false);
        assertThat(credentials.current(source)).isEqualTo(new Credentials.Password("ann@example.org", "pw"));
        PulseportException rejected = catchThrowableOfType(() -> credentials.refresh(source), PulseportException.class);
        assertThat(rejected.error()).isInstanceOf(PulseportError.AuthError.class);
        assertThat(sentRefreshTokens).isEmpty();
    }

    @Test
    void aKeyringThatIsLockedNowIsATemporaryErrorNotABrokenSignIn() {
        MemoryVault keyring = new MemoryVault();
        ConnectionVault inKeyring = new ConnectionVault(new ConnectionRepository(db.sessions()), new SecretCipher(
                SealingKeys.choose(dir, KeyStorageMode.KEYRING, keyring::access), new SecureRandom()), Clock.systemUTC());
        inKeyring.store(source.getId(), new ConnectionSecret.Password("ann@example.org", "pw"), false);
        keyring.stopAnswering();
        CloudCredentials locked = new CloudCredentials(new ConnectionVault(new ConnectionRepository(db.sessions()),
                new SecretCipher(SealingKeys.choose(dir, KeyStorageMode.KEYRING, keyring::access), new SecureRandom()),
                Clock.systemUTC()), new CloudProviders(new ConnectorRegistry(List.of()), List.of()),
                OAuthClients.standard(Clock.systemUTC()), Clock.systemUTC());

        PulseportException current = catchThrowableOfType(() -> locked.current(source), PulseportException.class);
        assertThat(current.error()).isInstanceOf(PulseportError.UnexpectedError.class);
        assertThat(current.error().retryable()).isTrue();
        assertThat(current.error().detail()).contains("the test keyring is locked");
        assertThat(catchThrowableOfType(() -> locked.refresh(source), PulseportException.class).error().retryable()).isTrue();
    }

    @Test
    void aSourceWithoutStoredSignInIsAnAuthError() {
        PulseportException missing = catchThrowableOfType(() -> credentials.current(source), PulseportException.class);
        assertThat(missing.error()).isInstanceOf(PulseportError.AuthError.class);
        assertThat(missing.error().detail()).contains("no stored sign-in for source " + source.getId());
    }
}

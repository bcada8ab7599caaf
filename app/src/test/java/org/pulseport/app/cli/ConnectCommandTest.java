package org.pulseport.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.engine.ConnectionSecret;
import org.pulseport.app.testing.CapturedLogs;
import org.pulseport.app.testing.CloudTestServers;
import org.pulseport.app.testing.StoredSecrets;

/**
 * The acceptance of cloud connections through the command line, against local servers: a real OAuth2
 * authorization server and the Oura API on MockWebServer. The test plays the browser by following the printed
 * sign-in address.
 */
class ConnectCommandTest {

    @TempDir
    Path dir;

    private final CloudTestServers servers = new CloudTestServers();
    private CommandLineHarness cli;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void harness() {
        cli = new CommandLineHarness(dir);
        out = cli.out;
        err = cli.err;
    }

    @AfterEach
    void stopServers() throws Exception {
        servers.close();
    }

    private int run(Map<String, String> environment, String... args) {
        return cli.run(environment, args);
    }

    private int run(String... args) {
        return run(servers.environment(false), args);
    }

    /** Runs {@code connect oura}, waits for the printed address, opens it like a browser; returns the address. */
    private URI connectOura() throws Exception {
        return cli.connect(servers.environment(false), "oura", servers::browse);
    }

    private long sourceId() {
        return cli.sourceId();
    }

    private ConnectionSecret.OAuth storedTokens() {
        return cli.storedTokens();
    }

    private void expireTheAccessToken() {
        cli.expireTheAccessToken();
    }

    @Test
    void connectsOuraInTheBrowserThenTheFirstSyncIngestsAndTheSecondAddsNothing() throws Exception {
        assertThat(run("profiles", "create", "Ann", "--zone", "UTC")).isZero();

        URI address = connectOura();

        assertThat(address.getQuery()).contains("client_id=" + CloudTestServers.CLIENT_ID,
                "redirect_uri=http://127.0.0.1:", "/callback", "state=", "response_type=code");
        assertThat(out.toString()).contains("Open this address in your browser to sign in to Oura Ring:",
                "Connected Oura Ring to Ann.", "The first sync is queued");
        assertThat(run("sync", "--profile", "Ann", "--source", "oura")).isZero();
        assertThat(out.toString()).contains("Ann / Oura Ring: 5 new, 0 already stored, 0 rejected");
        assertThat(servers.bearerTokens()).containsExactly(storedTokens().tokens().accessToken());
        assertThat(run("sync", "--profile", "Ann", "--source", "oura")).isZero();
        assertThat(out.toString()).containsPattern("Ann / Oura Ring: 0 new, [1-9]\\d* already stored, 0 rejected");

        assertThat(run("connections", "list", "--profile", "Ann")).isZero();
        assertThat(out.toString()).containsPattern("oura +Oura Ring +active, last sync 20\\d\\d-")
                .containsPattern("whoop +WHOOP +whoop is not configured: .*PULSEPORT_WHOOP_CLIENT_ID and PULSEPORT_WHOOP_CLIENT_SECRET")
                .containsPattern("librelinkup +FreeStyle Libre via LibreLinkUp \\(unofficial\\) +not connected")
                .contains("Sign-ins are encrypted with the key file " + dir.resolve("keys").resolve("connections.key"));
    }

    @Test
    void anExpiredAccessTokenIsRefreshedBeforeTheSyncAndTheRotatedTokensAreStored() throws Exception {
        run("profiles", "create", "Ann");
        connectOura();
        ConnectionSecret.OAuth signedIn = storedTokens();
        servers.tokenRequests();
        expireTheAccessToken();

        assertThat(run("sync", "--profile", "Ann", "--source", "oura")).isZero();

        ConnectionSecret.OAuth refreshed = storedTokens();
        assertThat(servers.tokenRequests()).singleElement().asString().contains("grant_type=refresh_token",
                "refresh_token=" + signedIn.tokens().refreshToken().orElseThrow());
        assertThat(refreshed.tokens().accessToken()).isNotEqualTo(signedIn.tokens().accessToken());
        assertThat(refreshed.tokens().refreshToken()).isPresent().isNotEqualTo(signedIn.tokens().refreshToken());
        assertThat(refreshed.tokens().expiresAt()).hasValueSatisfying(at -> assertThat(at).isAfter(java.time.Instant.now()));
        assertThat(servers.bearerTokens()).containsExactly(refreshed.tokens().accessToken());
        assertThat(out.toString()).contains("Ann / Oura Ring: 5 new");
    }

    @Test
    void anAccessTokenTheApiRejectsIsRefreshedOnceAndTheSyncCompletes() throws Exception {
        run("profiles", "create", "Ann");
        connectOura();
        String rejected = storedTokens().tokens().accessToken();
        servers.tokenRequests();
        servers.rejectAccessToken(rejected);

        assertThat(run("sync", "--profile", "Ann", "--source", "oura")).isZero();

        String renewed = storedTokens().tokens().accessToken();
        assertThat(renewed).isNotEqualTo(rejected);
        assertThat(servers.tokenRequests()).singleElement().asString().contains("grant_type=refresh_token");
        assertThat(servers.bearerTokens()).containsExactly(rejected, renewed);
        assertThat(out.toString()).contains("Ann / Oura Ring: 5 new");
    }

    @Test
    void aRefusedRefreshMarksTheConnectionInactiveWithTheReason() throws Exception {
        run("profiles", "create", "Ann");
        connectOura();
        expireTheAccessToken();

        assertThat(run(servers.environment(true), "sync", "--profile", "Ann", "--source", "oura")).isEqualTo(1);

        assertThat(out.toString()).contains("Ann / Oura Ring: signed out: The connection's sign-in is no longer valid.");
        assertThat(servers.ouraRequests()).extracting(r -> r.getRequestUrl().encodedPath())
                .contains("/refused/token").noneMatch(path -> path.startsWith("/v2/"));
        assertThat(StoredSecrets.query(dir, "SELECT status FROM sources WHERE connector_id = 'oura'")).hasValue("inactive");
        assertThat(run("connections", "list")).isZero();
        assertThat(out.toString()).containsPattern("oura +Oura Ring +inactive: The connection's sign-in is no longer valid");
        assertThat(run("sync", "--profile", "Ann", "--source", "oura")).isZero();
        assertThat(out.toString()).contains("Ann / Oura Ring: skipped (inactive: ");
    }

    @Test
    void disconnectRevokesDeletesTheSignInAndKeepsTheReadings() throws Exception {
        run("profiles", "create", "Ann");
        connectOura();
        String accessToken = storedTokens().tokens().accessToken();
        run("sync", "--profile", "Ann", "--source", "oura");

        assertThat(run("disconnect", "oura", "--profile", "Ann")).isZero();

        assertThat(out.toString()).contains("Disconnected Oura Ring from Ann: access revoked at the provider,"
                + " stored sign-in deleted.", "'pulseport connect oura --profile Ann' resumes syncing.");
        RecordedRequest revoke = servers.ouraRequests().get(servers.ouraRequests().size() - 1);
        assertThat(revoke.getRequestUrl().encodedPath()).isEqualTo("/oauth/revoke");
        assertThat(revoke.getRequestUrl().queryParameter("access_token")).isEqualTo(accessToken);
        assertThat(StoredSecrets.query(dir, "SELECT COUNT(*) FROM connections")).hasValue("0");
        assertThat(StoredSecrets.query(dir, "SELECT COUNT(*) FROM samples")).hasValue("5");
        run("connections", "list", "--profile", "Ann");
        assertThat(out.toString()).containsPattern("oura +Oura Ring +not connected");
        assertThat(run("disconnect", "oura", "--profile", "Ann")).isZero();
        assertThat(out.toString()).contains("Oura Ring is not connected to Ann; nothing to do.");
    }

    @Test
    void aProviderWithoutClientCredentialsSaysHowToConfigureIt() {
        run("profiles", "create", "Ann");
        assertThat(run("connect", "dexcom", "--profile", "Ann", "--no-browser")).isEqualTo(1);
        assertThat(err.toString()).contains("pulseport: dexcom is not configured: register an application with the"
                + " provider, then set PULSEPORT_DEXCOM_CLIENT_ID and PULSEPORT_DEXCOM_CLIENT_SECRET");
        assertThat(run("connect", "fitbit", "--profile", "Ann")).isEqualTo(1);
        assertThat(err.toString()).contains("Unknown provider 'fitbit'. Providers: oura, whoop, dexcom, librelinkup, wahoo, trainingpeaks, garmin.");
    }

    @Test
    void helpListsTheConnectionCommandsAndTheirOptions() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("connect", "connections", "disconnect");
        assertThat(run("connect", "--help")).isZero();
        assertThat(out.toString()).contains("--no-browser", "--email", "--sync-now", "--profile=NAME");
        assertThat(run("connections", "list", "--help")).isZero();
        assertThat(out.toString()).contains("Show each provider's connection", "--profile=NAME");
    }

    @Test
    void libreLinkUpTakesTheEmailAndReadsThePasswordFromStandardInput() {
        run("profiles", "create", "Ann");
        InputStream stdin = System.in;
        try (CapturedLogs logs = new CapturedLogs()) {
            System.setIn(new ByteArrayInputStream("Pa55-word!\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(run("connect", "librelinkup", "--profile", "Ann", "--email", "ann@example.org")).isZero();
            assertThat(logs.lines()).isNotEmpty().noneMatch(line -> line.contains("Pa55-word!") || line.contains("ann@example.org"));
        } finally {
            System.setIn(stdin);
        }
        assertThat(out.toString()).contains("this service has no published API", "Connected FreeStyle Libre via"
                + " LibreLinkUp (unofficial) to Ann.").doesNotContain("Pa55-word!");
        assertThat(StoredSecrets.read(dir, sourceId())).hasValue(new ConnectionSecret.Password("ann@example.org", "Pa55-word!"));
        run("connections", "list", "--profile", "Ann");
        assertThat(out.toString()).containsPattern("librelinkup +FreeStyle Libre via LibreLinkUp \\(unofficial\\) +active, never synced");
    }

    @Test
    void noTokenOrSecretReachesTheLogsTheOutputOrTheDatabaseFile() throws Exception {
        List<String> secrets = new ArrayList<>(List.of(CloudTestServers.CLIENT_SECRET));
        List<String> logged;
        try (CapturedLogs logs = new CapturedLogs()) {
            run("profiles", "create", "Ann");
            connectOura();
            secrets.add(storedTokens().tokens().accessToken());
            storedTokens().tokens().refreshToken().ifPresent(secrets::add);
            expireTheAccessToken();
            run("sync", "--profile", "Ann", "--source", "oura");
            storedTokens().tokens().refreshToken().ifPresent(secrets::add);
            expireTheAccessToken();
            run(servers.environment(true), "sync", "--profile", "Ann", "--source", "oura");
            run("disconnect", "oura", "--profile", "Ann");
            logged = logs.lines();
        }
        secrets.addAll(servers.bearerTokens());
        assertThat(secrets).doesNotHaveDuplicates().hasSize(5);
        assertThat(logged).anySatisfy(line -> assertThat(line).contains("refreshed the tokens of source="))
                .anySatisfy(line -> assertThat(line).contains("disconnected source="));
        List<String> texts = new ArrayList<>(logged);
        texts.add(out.toString());
        texts.add(err.toString());
        for (String secret : secrets) {
            assertThat(texts).noneMatch(text -> text.contains(secret));
        }
        assertThat(Files.getPosixFilePermissions(dir.resolve("keys/connections.key")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void tokensAreStoredEncrypted() throws Exception {
        run("profiles", "create", "Ann");
        connectOura();
        ConnectionSecret.OAuth tokens = storedTokens();
        String sealed = StoredSecrets.query(dir, "SELECT sealed_secret FROM connections").orElseThrow();
        assertThat(sealed).doesNotContain(tokens.tokens().accessToken()).doesNotContain(tokens.tokens().refreshToken().orElseThrow());
        String databaseFile = new String(Files.readAllBytes(dir.resolve("pulseport.mv.db")), StandardCharsets.ISO_8859_1);
        assertThat(databaseFile).doesNotContain(tokens.tokens().accessToken().substring(0, 40))
                .doesNotContain(tokens.tokens().refreshToken().orElseThrow());
    }
}

package org.pulseport.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.engine.ConnectionSecret;
import org.pulseport.app.testing.CapturedLogs;
import org.pulseport.app.testing.CloudTestServers;
import org.pulseport.app.testing.StoredSecrets;
import org.pulseport.app.testing.WahooTestApi;

/**
 * Connecting a workout destination (Wahoo) through the command line against a real OAuth2 server with PKCE, then
 * uploading through the workout queue to the Wahoo API on MockWebServer: the stored token is used, renewed when
 * it expires or is rejected, and a refused renewal fails the entry with auth_error and takes the connection out.
 */
class ConnectDestinationCommandTest {

    private static final String THRESHOLD = "warmup 10min @50-65%ftp; 3x(8min @95-105%ftp, rest 2min); cooldown 10min";

    @TempDir
    Path dir;

    private final CloudTestServers servers = new CloudTestServers();
    private final WahooTestApi wahoo = new WahooTestApi();
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
        wahoo.close();
    }

    private Map<String, String> environment(boolean refusingTokenEndpoint) {
        return servers.environment("wahoo", wahoo.url(), refusingTokenEndpoint);
    }

    private int run(Map<String, String> environment, String... args) {
        return cli.run(environment, args);
    }

    private int run(String... args) {
        return run(environment(false), args);
    }

    private URI connectWahoo() throws Exception {
        return cli.connect(environment(false), "wahoo", servers::browse);
    }

    private ConnectionSecret.OAuth storedTokens() {
        return cli.storedTokens();
    }

    private void expireTheAccessToken() {
        cli.expireTheAccessToken();
    }

    private void createWorkout() {
        assertThat(run("workouts", "create", "--profile", "Ann", "--name", "Threshold", "--steps", THRESHOLD))
                .as(err.toString()).isZero();
    }

    @Test
    void connectsWahooWithPkceAndAQueuedWorkoutReachesWahooWithTheStoredToken() throws Exception {
        run("profiles", "create", "Ann", "--zone", "UTC");

        URI address = connectWahoo();

        assertThat(address.getQuery()).contains("client_id=" + CloudTestServers.CLIENT_ID, "code_challenge=",
                "code_challenge_method=S256", "state=", "redirect_uri=http://127.0.0.1:",
                "scope=workouts_read workouts_write plans_read plans_write offline_data user_read");
        assertThat(out.toString()).contains("Connected Wahoo to Ann.", "Wahoo receives Ann's workouts")
                .doesNotContain("first sync");
        assertThat(run("connections", "list", "--profile", "Ann")).isZero();
        assertThat(out.toString()).containsPattern("wahoo +Wahoo +active, receives workouts, upload on")
                .containsPattern("trainingpeaks +TrainingPeaks +trainingpeaks is not configured: .*PULSEPORT_TRAININGPEAKS_CLIENT_ID")
                .containsPattern("oura +Oura Ring +oura is not configured");

        createWorkout();
        assertThat(run("workouts", "sync")).as(err.toString()).isZero();

        assertThat(out.toString()).contains("Batch sync complete: 1 operations (1 succeeded, 0 failed)");
        assertThat(wahoo.calls()).containsExactly("GET /v1/plans", "POST /v1/plans");
        assertThat(wahoo.bearerTokens()).containsOnly(storedTokens().tokens().accessToken());
        assertThat(run("workouts", "list", "--profile", "Ann")).isZero();
        assertThat(out.toString()).contains("✓ wahoo");
    }

    @Test
    void aDestinationIsNotADataSourceSoSyncsLeaveItOut() throws Exception {
        run("profiles", "create", "Ann");
        connectWahoo();

        assertThat(run("sync", "--profile", "Ann")).isZero();

        assertThat(out.toString()).contains("Nothing to sync: no sources for Ann.");
        assertThat(StoredSecrets.query(dir, "SELECT COUNT(*) FROM sync_events")).hasValue("0");
        assertThat(wahoo.calls()).isEmpty();
    }

    @Test
    void anExpiredAccessTokenIsRefreshedBeforeTheUploadAndTheRotationIsStored() throws Exception {
        run("profiles", "create", "Ann");
        connectWahoo();
        ConnectionSecret.OAuth signedIn = storedTokens();
        servers.tokenRequests();
        expireTheAccessToken();
        createWorkout();

        List<String> logged;
        try (CapturedLogs logs = new CapturedLogs()) {
            assertThat(run("workouts", "sync")).isZero();
            logged = logs.lines();
        }

        ConnectionSecret.OAuth refreshed = storedTokens();
        assertThat(logged).anySatisfy(line -> assertThat(line).contains("refreshed the tokens of source="));
        for (String secret : List.of(signedIn.tokens().accessToken(), signedIn.tokens().refreshToken().orElseThrow(),
                refreshed.tokens().accessToken(), refreshed.tokens().refreshToken().orElseThrow(), CloudTestServers.CLIENT_SECRET)) {
            assertThat(logged).noneMatch(line -> line.contains(secret));
        }
        assertThat(servers.tokenRequests()).singleElement().asString().contains("grant_type=refresh_token",
                "refresh_token=" + signedIn.tokens().refreshToken().orElseThrow());
        assertThat(refreshed.tokens().accessToken()).isNotEqualTo(signedIn.tokens().accessToken());
        assertThat(refreshed.tokens().refreshToken()).isPresent().isNotEqualTo(signedIn.tokens().refreshToken());
        assertThat(wahoo.bearerTokens()).isNotEmpty().containsOnly(refreshed.tokens().accessToken());
    }

    @Test
    void aTokenWahooRejectsIsRenewedOnceAndTheUploadGoesThrough() throws Exception {
        run("profiles", "create", "Ann");
        connectWahoo();
        String rejected = storedTokens().tokens().accessToken();
        wahoo.reject(rejected);
        createWorkout();

        assertThat(run("workouts", "sync")).isZero();

        String renewed = storedTokens().tokens().accessToken();
        assertThat(wahoo.bearerTokens()).containsExactly(rejected, renewed, renewed);
        assertThat(wahoo.calls()).containsExactly("GET /v1/plans", "GET /v1/plans", "POST /v1/plans");
    }

    @Test
    void aRefusedRefreshFailsTheEntryWithAuthErrorAndDeactivatesTheConnection() throws Exception {
        run("profiles", "create", "Ann");
        connectWahoo();
        expireTheAccessToken();
        createWorkout();

        assertThat(run(environment(true), "workouts", "sync")).isEqualTo(1);

        assertThat(out.toString()).contains("Batch sync complete: 1 operations (0 succeeded, 1 failed)");
        assertThat(wahoo.calls()).isEmpty();
        assertThat(StoredSecrets.query(dir, "SELECT error_type FROM workout_sync_queue")).hasValue("auth_error");
        assertThat(StoredSecrets.query(dir, "SELECT error_message FROM workout_sync_queue"))
                .hasValueSatisfying(message -> assertThat(message).startsWith("Wahoo refused to renew the sign-in")
                        .endsWith("reconnect it in Connections"));
        assertThat(StoredSecrets.query(dir, "SELECT status FROM sources WHERE connector_id = 'wahoo'")).hasValue("inactive");
        assertThat(run("connections", "list", "--profile", "Ann")).isZero();
        assertThat(out.toString()).containsPattern("wahoo +Wahoo +inactive: The connection's sign-in is no longer valid");
        assertThat(run("queue", "failed")).isZero();
        assertThat(out.toString()).containsPattern("wahoo +workout .* create +retries 0  auth_error: Wahoo refused");
    }

    @Test
    void theUploadSwitchDecidesWhatTheTriggersQueue() throws Exception {
        run("profiles", "create", "Ann");
        connectWahoo();

        assertThat(run("connections", "upload", "wahoo", "--profile", "Ann", "off")).isZero();
        assertThat(out.toString()).contains("Uploads to Wahoo are off for Ann");
        createWorkout();
        assertThat(StoredSecrets.query(dir, "SELECT COUNT(*) FROM workout_sync_queue")).hasValue("0");
        run("connections", "list", "--profile", "Ann");
        assertThat(out.toString()).containsPattern("wahoo +Wahoo +active, receives workouts, upload off");

        assertThat(run("connections", "upload", "wahoo", "--profile", "Ann", "on")).isZero();
        createWorkout();
        assertThat(StoredSecrets.query(dir, "SELECT COUNT(*) FROM workout_sync_queue WHERE provider = 'wahoo'"
                + " AND operation = 'create'")).hasValue("1");

        assertThat(run("connections", "upload", "oura", "--profile", "Ann", "on")).isEqualTo(1);
        assertThat(err.toString()).contains("Oura Ring does not receive workouts. Workout destinations: wahoo,"
                + " trainingpeaks, garmin.");
        assertThat(run("connections", "upload", "garmin", "--profile", "Ann", "on")).isEqualTo(1);
        assertThat(err.toString()).contains("Garmin Connect is not connected to Ann: connect it first with"
                + " 'pulseport connect garmin --profile Ann'.");
        assertThat(run("connections", "upload", "wahoo", "--profile", "Ann", "maybe")).isEqualTo(1);
        assertThat(err.toString()).contains("Say 'on' or 'off', not 'maybe'.");
    }

    @Test
    void disconnectDeletesWahoosPermissionAndTheSignIn() throws Exception {
        run("profiles", "create", "Ann");
        connectWahoo();
        String accessToken = storedTokens().tokens().accessToken();

        assertThat(run("disconnect", "wahoo", "--profile", "Ann")).isZero();

        assertThat(wahoo.calls()).containsExactly("DELETE /v1/permissions");
        assertThat(wahoo.bearerTokens()).containsExactly(accessToken);
        assertThat(out.toString()).contains("Disconnected Wahoo from Ann: access revoked at the provider",
                "Workouts are no longer uploaded to Wahoo.");
        assertThat(StoredSecrets.query(dir, "SELECT COUNT(*) FROM connections")).hasValue("0");
        createWorkout();
        assertThat(StoredSecrets.query(dir, "SELECT COUNT(*) FROM workout_sync_queue")).hasValue("0");
    }

    @Test
    void aDestinationWithoutClientCredentialsSaysHowToConfigureIt() {
        run("profiles", "create", "Ann");
        assertThat(run(Map.of(), "connect", "trainingpeaks", "--profile", "Ann", "--no-browser")).isEqualTo(1);
        assertThat(err.toString()).contains("trainingpeaks is not configured: register an application with the provider,"
                + " then set PULSEPORT_TRAININGPEAKS_CLIENT_ID and PULSEPORT_TRAININGPEAKS_CLIENT_SECRET");
    }
}

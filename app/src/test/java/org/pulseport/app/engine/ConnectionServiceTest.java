package org.pulseport.app.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.AppSession;
import org.pulseport.app.testing.StoredSecrets;
import org.pulseport.core.model.Profile;

/** Connections without a network: password sign-in, the workout-upload switch, disconnecting, listing. */
class ConnectionServiceTest {

    @TempDir
    Path dir;

    private AppSession session;
    private ConnectionService connections;
    private Profile ann;
    private Profile ben;

    @BeforeEach
    void open() {
        session = AppSession.open(dir, false, Map.of(), step -> { });
        connections = session.context().connections();
        ann = session.context().profiles().ensure("Ann", ZoneId.of("UTC"));
        ben = session.context().profiles().ensure("Ben", ZoneId.of("UTC"));
    }

    @AfterEach
    void close() {
        session.close();
    }

    private ConnectionStatus status(Profile profile, String provider) {
        return connections.list(profile.id()).stream().filter(s -> s.providerId().equals(provider)).findFirst().orElseThrow();
    }

    @Test
    void aDataSourceConnectionStartsWithWorkoutUploadsOffUntilSwitchedOnPerProfileAndProvider() {
        long source = connections.connectPassword(ann.id(), connections.provider("librelinkup"), "ann@example.org", "pw");
        assertThat(connections.uploadEnabled(ann.id(), "librelinkup")).isFalse();

        assertThat(connections.setUploadEnabled(ann.id(), "librelinkup", true)).isTrue();

        assertThat(connections.uploadEnabled(ann.id(), "librelinkup")).isTrue();
        assertThat(connections.uploadEnabled(ben.id(), "librelinkup")).isFalse();
        assertThat(connections.uploadEnabled(ann.id(), "oura")).isFalse();
        assertThat(connections.setUploadEnabled(ann.id(), "oura", true)).as("no oura connection").isFalse();
        connections.connectPassword(ann.id(), connections.provider("librelinkup"), "ann@example.org", "new password");
        assertThat(connections.uploadEnabled(ann.id(), "librelinkup")).as("a reconnect keeps the switch").isTrue();
        assertThat(status(ann, "librelinkup").uploadWorkoutsEnabled()).isTrue();
        assertThat(status(ann, "librelinkup").sourceId()).hasValue(source);
    }

    @Test
    void disconnectingDeletesTheSignInAndKeepsTheSourceInactive() {
        long source = connections.connectPassword(ann.id(), connections.provider("librelinkup"), "ann@example.org", "pw");
        assertThat(status(ann, "librelinkup").state()).isEqualTo(ConnectionStatus.State.ACTIVE);
        assertThat(status(ann, "librelinkup").connectedAt()).isPresent();

        Disconnection result = connections.disconnect(ann.id(), connections.provider("librelinkup"));

        assertThat(result.revocation()).isEqualTo(Disconnection.Revocation.NOT_OFFERED);
        assertThat(status(ann, "librelinkup").state()).isEqualTo(ConnectionStatus.State.NOT_CONNECTED);
        assertThat(connections.uploadEnabled(ann.id(), "librelinkup")).isFalse();
        assertThat(session.context().sources().findById(source)).hasValueSatisfying(s -> {
            assertThat(s.getStatus()).isEqualTo("inactive");
            assertThat(s.getStatusReason()).startsWith("Disconnected.");
        });
        assertThat(connections.disconnect(ann.id(), connections.provider("librelinkup")).revocation())
                .isEqualTo(Disconnection.Revocation.NOT_CONNECTED);
        connections.connectPassword(ann.id(), connections.provider("librelinkup"), "ann@example.org", "pw");
        assertThat(status(ann, "librelinkup").state()).as("reconnecting reactivates the same source").isEqualTo(ConnectionStatus.State.ACTIVE);
        assertThat(status(ann, "librelinkup").sourceId()).hasValue(source);
    }

    @Test
    void providersWithoutClientCredentialsAreNotConfiguredAndCannotConnect() {
        assertThat(connections.list(ann.id())).extracting(ConnectionStatus::providerId, ConnectionStatus::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple("oura", ConnectionStatus.State.NOT_CONFIGURED),
                org.assertj.core.groups.Tuple.tuple("whoop", ConnectionStatus.State.NOT_CONFIGURED),
                org.assertj.core.groups.Tuple.tuple("dexcom", ConnectionStatus.State.NOT_CONFIGURED),
                org.assertj.core.groups.Tuple.tuple("librelinkup", ConnectionStatus.State.NOT_CONNECTED),
                org.assertj.core.groups.Tuple.tuple("wahoo", ConnectionStatus.State.NOT_CONFIGURED),
                org.assertj.core.groups.Tuple.tuple("trainingpeaks", ConnectionStatus.State.NOT_CONFIGURED),
                org.assertj.core.groups.Tuple.tuple("garmin", ConnectionStatus.State.NOT_CONFIGURED));
        assertThat(connections.list(ann.id())).filteredOn(ConnectionStatus::receivesWorkouts)
                .extracting(ConnectionStatus::providerId).containsExactly("wahoo", "trainingpeaks", "garmin");
        assertThatThrownBy(() -> connections.connectOAuth(ann.id(), connections.provider("OURA"), url -> { },
                java.time.Duration.ofSeconds(1))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PULSEPORT_OURA_CLIENT_ID");
        assertThat(StoredSecrets.query(dir, "SELECT COUNT(*) FROM sources")).hasValue("0");
    }
}

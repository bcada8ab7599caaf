package org.pulseport.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.AppSession;
import org.pulseport.app.testing.CloudTestServers;
import org.pulseport.app.testing.WahooTestApi;
import org.pulseport.core.model.GlucoseUnit;
import org.pulseport.core.model.Profile;

/** The Connections view model against local OAuth and Oura servers; work and results run inline. */
class ConnectionsViewModelTest {

    @TempDir
    Path dir;

    private final CloudTestServers servers = new CloudTestServers();
    private final WahooTestApi wahoo = new WahooTestApi();
    private final TaskRunner inline = new TaskRunner(Runnable::run, Runnable::run);
    private final SimpleObjectProperty<Profile> profile = new SimpleObjectProperty<>();
    private final List<String> addressesShown = new ArrayList<>();
    private AppSession session;
    private ConnectionsViewModel vm;

    @BeforeEach
    void open() {
        java.util.Map<String, String> environment = new java.util.HashMap<>(servers.environment(false));
        environment.putAll(servers.environment("wahoo", wahoo.url(), false));
        session = AppSession.open(dir, false, environment, step -> { });
        profile.set(session.context().profiles().ensure("Ann", ZoneId.of("UTC")));
        vm = new ConnectionsViewModel(session.context().connections(), session.context().engine(), inline,
                Runnable::run, servers::browse, new ProfileContext(profile, new SimpleObjectProperty<>(GlucoseUnit.MG_DL)));
        vm.signInAddressProperty().addListener((o, before, now) -> addressesShown.add(now));
        vm.refresh();
    }

    @AfterEach
    void close() throws Exception {
        session.close();
        servers.close();
        wahoo.close();
    }

    private ConnectionCard card(String provider) {
        return vm.cards().stream().filter(c -> c.status().providerId().equals(provider)).findFirst().orElseThrow();
    }

    @Test
    void listsEveryProviderWithWhatCanBeDone() {
        assertThat(vm.cards()).extracting(c -> c.status().providerId()).containsExactly("oura", "whoop", "dexcom", "librelinkup", "wahoo",
                "trainingpeaks", "garmin");
        assertThat(card("oura")).satisfies(oura -> {
            assertThat(oura.state()).isEqualTo("Not connected");
            assertThat(oura.canConnect()).isTrue();
            assertThat(oura.canSync()).isFalse();
            assertThat(oura.detail()).contains("sign-in page of Oura Ring in your browser");
        });
        assertThat(card("whoop")).satisfies(whoop -> {
            assertThat(whoop.state()).isEqualTo("Not configured");
            assertThat(whoop.canConnect()).isFalse();
            assertThat(whoop.detail()).contains("PULSEPORT_WHOOP_CLIENT_ID", "PULSEPORT_WHOOP_CLIENT_SECRET");
        });
        assertThat(card("librelinkup")).satisfies(libre -> {
            assertThat(ConnectionsViewModel.unofficial(libre)).isTrue();
            assertThat(ConnectionsViewModel.asksForPassword(libre)).isTrue();
            assertThat(libre.canConnect()).isTrue();
        });
        assertThat(ConnectionsViewModel.unofficial(card("oura"))).isFalse();
    }

    @Test
    void connectsInTheBrowserSyncsNowAndDisconnects() {
        vm.connect(card("oura"));

        assertThat(vm.messageProperty().get()).isEqualTo("Connected Oura Ring. The first sync is queued and runs in the background.");
        assertThat(addressesShown).hasSize(2).first().asString().contains("/oura/authorize?", "client_id=");
        assertThat(vm.signInAddressProperty().get()).isEmpty();
        assertThat(card("oura")).satisfies(oura -> {
            assertThat(oura.state()).isEqualTo("Active");
            assertThat(oura.detail()).isEqualTo("Never synced.");
            assertThat(oura.canSync()).isTrue();
            assertThat(oura.canDisconnect()).isTrue();
        });

        vm.syncNow(card("oura"));
        assertThat(vm.messageProperty().get()).isEqualTo("Oura Ring: Synced 1 source: 5 new readings.");
        assertThat(card("oura").detail()).startsWith("Last sync ");

        vm.disconnect(card("oura"));
        assertThat(vm.messageProperty().get()).startsWith("Disconnected Oura Ring: access revoked");
        assertThat(card("oura").state()).isEqualTo("Not connected");
    }

    @Test
    void aWorkoutDestinationReceivesWorkoutsIsNeverSyncedAndHasAnUploadSwitch() {
        assertThat(card("wahoo")).satisfies(wahooCard -> {
            assertThat(wahooCard.purpose()).isEqualTo("Receives workouts");
            assertThat(wahooCard.canSwitchUpload()).as("not connected yet").isFalse();
        });
        assertThat(card("oura").purpose()).isEqualTo("Brings in readings");

        vm.connect(card("wahoo"));

        assertThat(vm.messageProperty().get()).isEqualTo("Connected Wahoo. It receives this profile's workouts; uploads are on.");
        assertThat(session.context().engine().syncProfileNow(profile.get().id()).join())
                .as("a destination is not synced by the profile's Sync now").isEmpty();
        assertThat(card("wahoo")).satisfies(wahooCard -> {
            assertThat(wahooCard.state()).isEqualTo("Active");
            assertThat(wahooCard.canSync()).isFalse();
            assertThat(wahooCard.canSwitchUpload()).isTrue();
            assertThat(wahooCard.uploadsOn()).isTrue();
            assertThat(wahooCard.detail()).isEqualTo("New and changed workouts of this profile are uploaded to Wahoo.");
        });

        vm.switchUpload(card("wahoo"), false);

        assertThat(vm.messageProperty().get()).isEqualTo("Uploads to Wahoo are off: workouts are no longer queued for it.");
        assertThat(card("wahoo").uploadsOn()).isFalse();
        assertThat(card("wahoo").detail()).isEqualTo("Uploads are off: workouts are not sent to Wahoo.");
        assertThat(session.context().connections().uploadEnabled(profile.get().id(), "wahoo")).isFalse();
    }

    @Test
    void libreLinkUpConnectsWithEmailAndPasswordAndRefusesBlankOnes() {
        vm.connectWithPassword(card("librelinkup"), " ", "");
        assertThat(vm.messageProperty().get()).isEqualTo("Connecting FreeStyle Libre via LibreLinkUp (unofficial) failed:"
                + " FreeStyle Libre via LibreLinkUp (unofficial) needs the account's email and password.");

        vm.connectWithPassword(card("librelinkup"), "ann@example.org", "Pa55-word!");
        assertThat(card("librelinkup").state()).isEqualTo("Active");
        assertThat(vm.messageProperty().get()).doesNotContain("Pa55-word!");
    }

    @Test
    void withoutAProfileItSaysWhatToDo() {
        profile.set(null);
        assertThat(vm.cards()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("Create or select a profile to connect its accounts.");
    }
}

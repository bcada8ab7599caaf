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
import org.pulseport.core.model.GlucoseUnit;
import org.pulseport.core.model.Profile;

/** The Connections view model against local OAuth and Oura servers; work and results run inline. */
class ConnectionsViewModelTest {

    @TempDir
    Path dir;

    private final CloudTestServers servers = new CloudTestServers();
    private final TaskRunner inline = new TaskRunner(Runnable::run, Runnable::run);
    private final SimpleObjectProperty<Profile> profile = new SimpleObjectProperty<>();
    private final List<String> addressesShown = new ArrayList<>();
    private AppSession session;
    private ConnectionsViewModel vm;

    @BeforeEach
    void open() {
        session = AppSession.open(dir, false, servers.environment(false), step -> { });
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

package org.pulseport.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.AppSession;
import org.pulseport.app.analytics.AnomalyCategory;
import org.pulseport.app.analytics.AnomalySeverity;
import org.pulseport.app.notify.ChannelKind;
import org.pulseport.core.model.GlucoseUnit;
import org.pulseport.core.model.Profile;

/** The Notifications &amp; Webhooks view model without a screen: work and results run inline. */
class NotificationsViewModelTest {

    @TempDir
    Path dir;
    private AppSession session;
    private final MockWebServer server = new MockWebServer();
    private final TaskRunner inline = new TaskRunner(Runnable::run, Runnable::run);
    private final SimpleObjectProperty<Profile> profile = new SimpleObjectProperty<>();
    private NotificationsViewModel vm;

    @BeforeEach
    void open() throws Exception {
        server.start();
        session = AppSession.open(dir, false, step -> { });
        profile.set(session.context().profiles().ensure("Ann", ZoneId.of("Europe/Vienna")));
        vm = new NotificationsViewModel(session.context().notifications(), session.context().webhooks(), inline,
                new ProfileContext(profile, new SimpleObjectProperty<>(GlucoseUnit.MG_DL)));
    }

    @AfterEach
    void close() throws Exception {
        session.close();
        server.shutdown();
    }

    @Test
    void channelsAreAddedTestedAndRemoved() throws Exception {
        assertThat(vm.settingsHintProperty().get()).isEqualTo("nothing to set");
        vm.addChannel();
        assertThat(vm.channels()).extracting(Object::toString).containsExactly("In the app (In the app)");

        vm.newChannelKindProperty().set(ChannelKind.SLACK);
        assertThat(vm.settingsHintProperty().get()).startsWith("url=");
        vm.newChannelSettingsProperty().set("https://hooks.example.org");
        vm.addChannel();
        assertThat(vm.feedbackProperty().get()).contains("has no key");
        vm.newChannelSettingsProperty().set("");
        vm.addChannel();
        assertThat(vm.feedbackProperty().get()).isEqualTo("the channel setting 'url' is missing");

        vm.newChannelNameProperty().set("Family");
        vm.newChannelSettingsProperty().set("url=" + server.url("/slack"));
        vm.addChannel();
        assertThat(vm.feedbackProperty().get()).isEqualTo("Added channel Family (Slack).");
        assertThat(vm.newChannelSettingsProperty().get()).isEmpty();
        assertThat(vm.channels()).hasSize(2);

        server.enqueue(new MockResponse().setResponseCode(200));
        vm.testChannel(vm.channels().get(1));
        assertThat(vm.feedbackProperty().get()).isEqualTo("Test notification sent to Family (Slack).");
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getBody().readUtf8()).contains("Test notification");
        server.enqueue(new MockResponse().setResponseCode(403).setBody("invalid_token"));
        vm.testChannel(vm.channels().get(1));
        assertThat(vm.feedbackProperty().get()).isEqualTo("Test failed: Slack: HTTP 403: invalid_token");
        assertThat(vm.log()).hasSize(2).first().satisfies(line -> assertThat(line.status()).isEqualTo("failed"));

        vm.testChannel(vm.channels().get(0));
        assertThat(vm.inbox()).singleElement().satisfies(m -> assertThat(m.title()).isEqualTo("Test notification"));

        vm.removeChannel(vm.channels().get(1));
        assertThat(vm.channels()).hasSize(1);
    }

    @Test
    void rulesAndQuietHours() {
        vm.addRule();
        assertThat(vm.feedbackProperty().get()).isEqualTo("Choose the channel the rule sends to.");
        vm.addChannel();
        assertThat(vm.ruleChannelProperty().get()).as("the first channel is preselected").isNotNull();
        vm.ruleCategoryProperty().set(new NotificationsViewModel.CategoryChoice(AnomalyCategory.GLUCOSE_URGENT_LOW));
        vm.ruleSeverityProperty().set(AnomalySeverity.URGENT);
        vm.addRule();
        assertThat(vm.rules()).containsExactly("Urgent low glucose, urgent → In the app (In the app)");

        vm.quietEnabledProperty().set(true);
        vm.quietStartProperty().set("23h");
        vm.saveQuietHours();
        assertThat(vm.feedbackProperty().get()).isEqualTo("Quiet hours are times like 22:00 and 07:00.");
        vm.quietStartProperty().set("21:30");
        vm.saveQuietHours();
        assertThat(vm.feedbackProperty().get()).startsWith("Quiet hours 21:30–07:00");
        assertThat(session.context().notifications().quietHours(profile.get().id())).isPresent();

        profile.set(null);
        assertThat(vm.rules()).isEmpty();
        assertThat(vm.quietEnabledProperty().get()).isFalse();
        vm.addChannel();
        assertThat(vm.feedbackProperty().get()).isEqualTo("Create or select a profile first.");
        profile.set(session.context().profiles().find("Ann").orElseThrow());
        assertThat(vm.rules()).hasSize(1);
        assertThat(vm.quietEnabledProperty().get()).isTrue();
        assertThat(vm.quietStartProperty().get()).isEqualTo("21:30");
    }

    @Test
    void webhooksGetAGeneratedSecretAndCanBePinged() throws Exception {
        vm.webhookUrlProperty().set(server.url("/hook").toString());
        vm.webhookAnomaliesProperty().set(false);
        vm.addWebhook();
        assertThat(vm.feedbackProperty().get()).matches("Added webhook #1\\. Its secret \\(shown only now\\): whsec_[0-9a-f]{48}");
        assertThat(vm.endpoints()).singleElement().satisfies(e -> assertThat(e.events()).hasSize(1));

        server.enqueue(new MockResponse().setResponseCode(202));
        vm.testWebhook(vm.endpoints().get(0));
        assertThat(vm.feedbackProperty().get()).startsWith("Ping to webhook #1: succeeded (HTTP 202, ");

        vm.webhookUrlProperty().set("not a url");
        vm.addWebhook();
        assertThat(vm.feedbackProperty().get()).startsWith("A webhook URL starts with https://");
    }

    @Test
    void settingsTextIsParsedAsKeyValuePairs() {
        assertThat(NotificationsViewModel.parseSettings("host=smtp.example.org; port=587\nto = a@example.org, b@example.org;"))
                .isEqualTo(Map.of("host", "smtp.example.org", "port", "587", "to", "a@example.org, b@example.org"));
        assertThat(NotificationsViewModel.parseSettings("url=https://x.example/a?b=c")).containsEntry("url", "https://x.example/a?b=c");
        assertThatIllegalArgumentException().isThrownBy(() -> NotificationsViewModel.parseSettings("=x"));
    }
}

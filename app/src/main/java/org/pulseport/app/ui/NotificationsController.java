package org.pulseport.app.ui;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.pulseport.app.analytics.AnomalyCategory;
import org.pulseport.app.analytics.AnomalySeverity;
import org.pulseport.app.notify.ChannelKind;
import org.pulseport.app.notify.ChannelSummary;
import org.pulseport.app.notify.InboxMessage;
import org.pulseport.app.notify.LogLine;
import org.pulseport.app.notify.webhook.WebhookEndpoint;
import org.pulseport.app.notify.webhook.WebhookEventType;

/** Binds the Notifications &amp; Webhooks view to its {@link NotificationsViewModel}. */
public final class NotificationsController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm");

    private final NotificationsViewModel viewModel;

    @FXML
    private ListView<ChannelSummary> channelList;
    @FXML
    private Button testChannel;
    @FXML
    private Button removeChannel;
    @FXML
    private ChoiceBox<ChannelKind> channelKind;
    @FXML
    private TextField channelName;
    @FXML
    private TextField channelSettings;
    @FXML
    private Button addChannel;
    @FXML
    private ListView<WebhookEndpoint> webhookList;
    @FXML
    private Button testWebhook;
    @FXML
    private TextField webhookUrl;
    @FXML
    private PasswordField webhookSecret;
    @FXML
    private CheckBox webhookSyncs;
    @FXML
    private CheckBox webhookAnomalies;
    @FXML
    private Button addWebhook;
    @FXML
    private ListView<String> ruleList;
    @FXML
    private ChoiceBox<NotificationsViewModel.CategoryChoice> ruleCategory;
    @FXML
    private ChoiceBox<AnomalySeverity> ruleSeverity;
    @FXML
    private ChoiceBox<ChannelSummary> ruleChannel;
    @FXML
    private Button addRule;
    @FXML
    private CheckBox quietEnabled;
    @FXML
    private TextField quietStart;
    @FXML
    private TextField quietEnd;
    @FXML
    private Button saveQuiet;
    @FXML
    private ListView<InboxMessage> inboxList;
    @FXML
    private ListView<LogLine> logList;
    @FXML
    private Label feedback;

    public NotificationsController(NotificationsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        channelList.setItems(viewModel.channels());
        testChannel.disableProperty().bind(channelList.getSelectionModel().selectedItemProperty().isNull());
        removeChannel.disableProperty().bind(channelList.getSelectionModel().selectedItemProperty().isNull());
        testChannel.setOnAction(e -> viewModel.testChannel(channelList.getSelectionModel().getSelectedItem()));
        removeChannel.setOnAction(e -> viewModel.removeChannel(channelList.getSelectionModel().getSelectedItem()));
        channelKind.getItems().setAll(ChannelKind.values());
        channelKind.valueProperty().bindBidirectional(viewModel.newChannelKindProperty());
        channelName.textProperty().bindBidirectional(viewModel.newChannelNameProperty());
        channelSettings.textProperty().bindBidirectional(viewModel.newChannelSettingsProperty());
        channelSettings.promptTextProperty().bind(viewModel.settingsHintProperty());
        addChannel.setOnAction(e -> viewModel.addChannel());

        webhookList.setItems(viewModel.endpoints());
        webhookList.setCellFactory(list -> cell(w -> "#" + w.id() + "  " + w.url() + "  (" + w.events().stream()
                .map(WebhookEventType::code).reduce((a, b) -> a + ", " + b).orElse("") + ")"));
        testWebhook.disableProperty().bind(webhookList.getSelectionModel().selectedItemProperty().isNull());
        testWebhook.setOnAction(e -> viewModel.testWebhook(webhookList.getSelectionModel().getSelectedItem()));
        webhookUrl.textProperty().bindBidirectional(viewModel.webhookUrlProperty());
        webhookSecret.textProperty().bindBidirectional(viewModel.webhookSecretProperty());
        webhookSyncs.selectedProperty().bindBidirectional(viewModel.webhookSyncsProperty());
        webhookAnomalies.selectedProperty().bindBidirectional(viewModel.webhookAnomaliesProperty());
        addWebhook.disableProperty().bind(viewModel.webhookUrlProperty().isEmpty());
        addWebhook.setOnAction(e -> viewModel.addWebhook());

        ruleList.setItems(viewModel.rules());
        ruleCategory.getItems().add(new NotificationsViewModel.CategoryChoice(null));
        Arrays.stream(AnomalyCategory.values()).map(NotificationsViewModel.CategoryChoice::new).forEach(ruleCategory.getItems()::add);
        ruleCategory.valueProperty().bindBidirectional(viewModel.ruleCategoryProperty());
        ruleSeverity.getItems().setAll(AnomalySeverity.values());
        ruleSeverity.valueProperty().bindBidirectional(viewModel.ruleSeverityProperty());
        ruleChannel.setItems(viewModel.channels());
        ruleChannel.valueProperty().bindBidirectional(viewModel.ruleChannelProperty());
        addRule.disableProperty().bind(Bindings.isEmpty(viewModel.channels()));
        addRule.setOnAction(e -> viewModel.addRule());

        quietEnabled.selectedProperty().bindBidirectional(viewModel.quietEnabledProperty());
        quietStart.textProperty().bindBidirectional(viewModel.quietStartProperty());
        quietEnd.textProperty().bindBidirectional(viewModel.quietEndProperty());
        saveQuiet.setOnAction(e -> viewModel.saveQuietHours());

        inboxList.setItems(viewModel.inbox());
        inboxList.setCellFactory(list -> cell(m -> WHEN.format(m.at().atZone(viewModel.zone())) + "  " + m.title() + ": " + m.body()));
        logList.setItems(viewModel.log());
        logList.setCellFactory(list -> cell(line -> WHEN.format(line.at().atZone(viewModel.zone())) + "  "
                + line.title() + "  " + (line.channel().isEmpty() ? "" : line.channel() + " ") + line.status()
                + (line.error() == null ? "" : ": " + line.error())));
        feedback.textProperty().bind(viewModel.feedbackProperty());
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }
}

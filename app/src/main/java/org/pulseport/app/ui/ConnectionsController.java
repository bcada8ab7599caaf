package org.pulseport.app.ui;

import java.util.Optional;
import atlantafx.base.controls.ToggleSwitch;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Binds the Connections view to its {@link ConnectionsViewModel}: one card per provider. */
public final class ConnectionsController {

    private final ConnectionsViewModel viewModel;

    @FXML
    private Label message;
    @FXML
    private HBox signInBox;
    @FXML
    private TextField signInAddress;
    @FXML
    private VBox cardsBox;

    public ConnectionsController(ConnectionsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        message.textProperty().bind(viewModel.messageProperty());
        signInAddress.textProperty().bind(viewModel.signInAddressProperty());
        signInBox.visibleProperty().bind(viewModel.signInAddressProperty().isNotEmpty());
        signInBox.managedProperty().bind(signInBox.visibleProperty());
        viewModel.cards().addListener((ListChangeListener<ConnectionCard>) change -> showCards());
        viewModel.refresh();
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    private void showCards() {
        cardsBox.getChildren().setAll(viewModel.cards().stream().map(this::card).toList());
    }

    private VBox card(ConnectionCard card) {
        String id = card.status().providerId();
        Label name = new Label(card.providerName());
        name.getStyleClass().add("title-4");
        HBox header = new HBox(8, name);
        header.setAlignment(Pos.CENTER_LEFT);
        if (ConnectionsViewModel.unofficial(card)) {
            Label badge = new Label("Unofficial");
            badge.setId("unofficial-" + id);
            badge.getStyleClass().add("unofficial-badge");
            badge.setTooltip(new Tooltip("The vendor publishes no API for this service. Pulseport speaks its app's"
                    + " protocol, which may change without notice."));
            header.getChildren().add(badge);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label state = new Label(card.state());
        state.setId("state-" + id);
        header.getChildren().addAll(gap, state);
        Label purpose = new Label(card.purpose());
        purpose.setId("purpose-" + id);
        purpose.getStyleClass().add("text-muted");
        Label detail = new Label(card.detail());
        detail.setId("detail-" + id);
        detail.setWrapText(true);
        HBox actions = new HBox(8);
        actions.setAlignment(Pos.CENTER_LEFT);
        if (card.canConnect()) {
            actions.getChildren().add(button(card.connectLabel(), "connect-" + id, () -> connect(card)));
        }
        if (card.canSync()) {
            actions.getChildren().add(button("Sync now", "sync-" + id, () -> viewModel.syncNow(card)));
        }
        if (card.canDisconnect()) {
            actions.getChildren().add(button("Disconnect", "disconnect-" + id, () -> viewModel.disconnect(card)));
        }
        if (card.canSwitchUpload()) {
            ToggleSwitch upload = new ToggleSwitch("Upload workouts");
            upload.setId("upload-" + id);
            upload.setSelected(card.uploadsOn());
            upload.selectedProperty().addListener((o, before, on) -> viewModel.switchUpload(card, on));
            actions.getChildren().add(upload);
        }
        VBox box = new VBox(6, header, purpose, detail);
        if (!actions.getChildren().isEmpty()) {
            box.getChildren().add(actions);
        }
        box.setId("card-" + id);
        box.getStyleClass().add("connection-card");
        return box;
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void connect(ConnectionCard card) {
        if (ConnectionsViewModel.asksForPassword(card)) {
            askForPassword(card).ifPresent(login -> viewModel.connectWithPassword(card, login[0], login[1]));
        } else {
            viewModel.connect(card);
        }
    }

    /** Email and password in a dialog; the password field never shows what is typed. */
    private Optional<String[]> askForPassword(ConnectionCard card) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Connect " + card.providerName());
        dialog.setHeaderText("Sign in with your " + card.providerName() + " account");
        TextField email = new TextField();
        email.setPromptText("Email");
        PasswordField password = new PasswordField();
        password.setPromptText("Password");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("Email"), email);
        form.addRow(1, new Label("Password"), password);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return dialog.showAndWait().filter(ButtonType.OK::equals)
                .map(ok -> new String[] {email.getText(), password.getText()});
    }
}

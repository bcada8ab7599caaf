package org.pulseport.app.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.pulseport.app.engine.SettingsService.Theme;
import org.pulseport.core.model.Profile;

/**
 * Binds the main window (navigation, profile switcher, content area, status bar) to {@link MainViewModel}.
 */
public final class MainController {

    private static final String NO_PROFILE = "No profile";
    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};

    private final MainViewModel viewModel;
    private final TaskRunner tasks;
    private final SectionViews views;

    @FXML
    private BorderPane root;
    @FXML
    private ComboBox<Profile> profileSelector;
    @FXML
    private ListView<Section> navigation;
    @FXML
    private StackPane content;
    @FXML
    private Button themeToggle;
    @FXML
    private Label statusLabel;
    @FXML
    private Label taskLabel;
    @FXML
    private ProgressBar taskProgress;

    public MainController(MainViewModel viewModel, TaskRunner tasks, SectionViews views) {
        this.viewModel = viewModel;
        this.tasks = tasks;
        this.views = views;
    }

    @FXML
    private void initialize() {
        profileSelector.setItems(viewModel.profiles());
        profileSelector.setCellFactory(list -> new ProfileCell(NO_PROFILE));
        profileSelector.setButtonCell(new ProfileCell(NO_PROFILE));
        profileSelector.valueProperty().bindBidirectional(viewModel.selectedProfileProperty());

        navigation.getItems().setAll(Section.values());
        navigation.getSelectionModel().select(viewModel.selectedSectionProperty().get());
        navigation.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> {
            if (now != null) {
                viewModel.selectedSectionProperty().set(now);
            }
        });
        viewModel.selectedSectionProperty().addListener((o, before, now) -> show(now));
        show(viewModel.selectedSectionProperty().get());

        themeToggle.textProperty().bind(viewModel.themeProperty().map(t -> t == Theme.DARK ? "Light theme" : "Dark theme"));
        viewModel.themeProperty().addListener((o, before, now) -> applyTheme(now));
        applyTheme(viewModel.themeProperty().get());

        statusLabel.textProperty().bind(viewModel.statusProperty());
        taskLabel.textProperty().bind(tasks.messageProperty());
        taskProgress.visibleProperty().bind(tasks.runningProperty().greaterThan(0));
        root.sceneProperty().addListener((o, before, scene) -> {
            if (scene != null) {
                installShortcuts();
            }
        });
    }

    /** Ctrl+1 … Ctrl+8 jump to the sections in navigation order. */
    private void installShortcuts() {
        Section[] sections = Section.values();
        for (int i = 0; i < sections.length && i < DIGITS.length; i++) {
            Section section = sections[i];
            root.getScene().getAccelerators().put(new KeyCodeCombination(DIGITS[i], KeyCombination.SHORTCUT_DOWN),
                    () -> navigation.getSelectionModel().select(section));
        }
    }

    private void show(Section section) {
        if (navigation.getSelectionModel().getSelectedItem() != section) {
            navigation.getSelectionModel().select(section);
        }
        content.getChildren().setAll(views.viewFor(section));
    }

    @FXML
    private void toggleTheme() {
        viewModel.toggleTheme();
    }

    private static void applyTheme(Theme theme) {
        Application.setUserAgentStylesheet(theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }
}

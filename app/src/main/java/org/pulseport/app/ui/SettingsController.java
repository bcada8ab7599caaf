package org.pulseport.app.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import org.pulseport.app.engine.SettingsService.Theme;
import org.pulseport.core.model.GlucoseUnit;

/** Binds the settings form to its {@link SettingsViewModel}. */
public final class SettingsController {

    private final SettingsViewModel viewModel;

    @FXML
    private ChoiceBox<GlucoseUnit> unitChoice;
    @FXML
    private ToggleButton darkTheme;
    @FXML
    private Label dataDirectory;
    @FXML
    private TextField newProfileName;
    @FXML
    private Button createProfile;
    @FXML
    private Label feedback;
    @FXML
    private javafx.scene.control.ComboBox<String> timeZone;
    @FXML
    private Button applyTimeZone;
    @FXML
    private javafx.scene.layout.GridPane schedules;
    @FXML
    private Button saveSchedules;

    public SettingsController(SettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        unitChoice.getItems().setAll(GlucoseUnit.values());
        unitChoice.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(GlucoseUnit unit) {
                return unit == null ? "" : unit.label();
            }

            @Override
            public GlucoseUnit fromString(String label) {
                throw new UnsupportedOperationException("choices are not parsed");
            }
        });
        unitChoice.setValue(viewModel.main().glucoseUnitProperty().get());
        viewModel.main().glucoseUnitProperty().addListener((o, before, now) -> unitChoice.setValue(now));
        unitChoice.valueProperty().addListener((o, before, now) -> viewModel.chooseGlucoseUnit(now));
        darkTheme.setSelected(viewModel.main().themeProperty().get() == Theme.DARK);
        viewModel.main().themeProperty().addListener((o, before, now) -> darkTheme.setSelected(now == Theme.DARK));
        darkTheme.setOnAction(e -> viewModel.main().toggleTheme());
        dataDirectory.setText(viewModel.dataDirectory());
        newProfileName.textProperty().bindBidirectional(viewModel.newProfileNameProperty());
        createProfile.disableProperty().bind(viewModel.newProfileNameProperty().isEmpty());
        createProfile.setOnAction(e -> viewModel.createProfile());
        newProfileName.setOnAction(e -> viewModel.createProfile());
        feedback.textProperty().bind(viewModel.feedbackProperty());
        timeZone.getItems().setAll(new java.util.TreeSet<>(java.time.ZoneId.getAvailableZoneIds()));
        timeZone.setEditable(true);
        timeZone.valueProperty().bindBidirectional(viewModel.timeZoneProperty());
        applyTimeZone.setOnAction(e -> viewModel.applyTimeZone());
        int row = 0;
        for (SettingsViewModel.ScheduleRow schedule : viewModel.schedules()) {
            Label name = new Label(schedule.job().jobName());
            name.setTooltip(new javafx.scene.control.Tooltip(schedule.job().description()));
            TextField spec = new TextField();
            spec.setId("schedule-" + schedule.job().jobName());
            spec.setPrefColumnCount(22);
            spec.textProperty().bindBidirectional(schedule.spec());
            Label hint = new Label("default: " + schedule.job().defaultSchedule());
            hint.getStyleClass().add("text-muted");
            schedules.addRow(row++, name, spec, hint);
        }
        saveSchedules.setOnAction(e -> viewModel.saveSchedules());
    }
}

package org.pulseport.app.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import org.pulseport.app.AppContext;

/**
 * Builds each section's view on first visit (FXML + controller + view model) and keeps it for later visits.
 */
public final class SectionViews {

    private final AppContext context;
    private final MainViewModel main;
    private final TaskRunner tasks;
    private final Map<Section, Node> built = new EnumMap<>(Section.class);
    private final DevicesViewModel devices;

    public SectionViews(AppContext context, MainViewModel main, TaskRunner tasks) {
        this(context, main, tasks, Platform::runLater);
    }

    /**
     * The devices view model exists from the start (not only once the view is visited), so a device plugged in
     * while another section is shown brings the Devices view forward with its pairing prompt.
     */
    SectionViews(AppContext context, MainViewModel main, TaskRunner tasks, Executor fxThread) {
        this.context = context;
        this.main = main;
        this.tasks = tasks;
        this.devices = new DevicesViewModel(context.devices(), context.deviceWatcher(), context.profiles(), tasks,
                fxThread, () -> main.selectedSectionProperty().set(Section.DEVICES),
                () -> main.reloadProfiles(main.selectedProfileProperty().get()), Clock.systemUTC());
    }

    public DevicesViewModel devices() {
        return devices;
    }

    public Node viewFor(Section section) {
        return built.computeIfAbsent(section, this::build);
    }

    private Node build(Section section) {
        ProfileContext selection = new ProfileContext(main.selectedProfileProperty(), main.glucoseUnitProperty());
        switch (section) {
            case DASHBOARD:
                return load("dashboard.fxml", type -> new DashboardController(new DashboardViewModel(
                        context.trends(), tasks, selection)));
            case GLUCOSE:
                return load("glucose.fxml", type -> new GlucoseController(new GlucoseViewModel(
                        context.trends(), tasks, selection)));
            case SETTINGS:
                return load("settings.fxml", type -> new SettingsController(new SettingsViewModel(
                        context.profiles(), context.settings(), tasks, main, context.dataDirectory())));
            case ACTIVITY_SLEEP:
                return new EmptyState("Activity & Sleep", "Daily sleep, readiness, recovery and activity metrics "
                        + "with rolling averages will appear here once a wearable is connected.");
            case WORKOUTS:
                return new EmptyState("Workouts", "Your workout library, scheduled workouts and completed rides "
                        + "will appear here.");
            case DEVICES:
                return load("devices.fxml", type -> new DevicesController(devices));
            case CONNECTIONS:
                return new EmptyState("Connections", "No cloud connections yet. Oura, WHOOP, Dexcom and "
                        + "LibreLinkUp accounts you connect will be listed here.");
            case JOBS:
                return new EmptyState("Jobs", "Background sync runs, their failure rates and dead letters "
                        + "will be listed here.");
            default:
                throw new IllegalArgumentException("no view for " + section);
        }
    }

    private static Node load(String fxml, Function<Class<?>, Object> controllers) {
        FXMLLoader loader = new FXMLLoader(SectionViews.class.getResource(fxml));
        loader.setControllerFactory(controllers::apply);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load view " + fxml, e);
        }
    }
}

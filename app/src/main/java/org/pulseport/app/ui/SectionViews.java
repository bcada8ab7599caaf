package org.pulseport.app.ui;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.pulseport.app.AppContext;
import org.pulseport.providers.oauth.SystemBrowser;

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
                return load("dashboard.fxml", type -> new DashboardController(new DashboardViewModel(context.dashboard(),
                        context.engine(), tasks, selection, main.selectedSectionProperty()::set)));
            case GLUCOSE:
                return load("glucose.fxml", type -> new GlucoseController(new GlucoseViewModel(
                        context.trends(), context.insights(), tasks, selection)));
            case SETTINGS:
                return load("settings.fxml", type -> type == DataSettingsController.class
                        ? new DataSettingsController(new DataViewModel(context.data(), tasks, main))
                        : new SettingsController(new SettingsViewModel(context.profiles(), context.settings(),
                                context.dailyStats(), tasks, main, context.dataDirectory())));
            case NOTIFICATIONS:
                return load("notifications.fxml", type -> new NotificationsController(new NotificationsViewModel(
                        context.notifications(), context.webhooks(), tasks, selection)));
            case ACTIVITY_SLEEP:
                return load("activity.fxml", type -> new ActivityController(new ActivityViewModel(context.insights(),
                        tasks, selection)));
            case WORKOUTS:
                return workouts(selection);
            case DEVICES:
                return load("devices.fxml", type -> new DevicesController(devices));
            case CONNECTIONS:
                return load("connections.fxml", type -> new ConnectionsController(new ConnectionsViewModel(
                        context.connections(), context.engine(), tasks, Platform::runLater,
                        new SystemBrowser(System.out), selection)));
            case JOBS:
                return load("jobs.fxml", type -> new JobsController(new JobsViewModel(context.engine(), tasks)));
            default:
                throw new IllegalArgumentException("no view for " + section);
        }
    }

    /** Planned workouts (library, calendar, sync badges), completed activities and the queue's sync health, as tabs. */
    private Node workouts(ProfileContext selection) {
        Tab planned = new Tab("Planned workouts", WorkoutLibraryView.create(context.workoutSync(), selection, tasks));
        planned.setId("plannedTab");
        Tab completed = new Tab("Completed activities",
                load("activities.fxml", type -> new ActivitiesController(activities(selection))));
        completed.setId("completedTab");
        TabPane tabs = new TabPane(planned, completed,
                SyncHealthView.tab(context.workoutSync().monitor(), tasks, selection));
        tabs.setId("workoutTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private ActivitiesViewModel activities(ProfileContext selection) {
        ActivitiesViewModel viewModel = new ActivitiesViewModel(context.activities(), context.activityImporter(), tasks,
                selection);
        context.headUnitWatcher().addListener(line -> Platform.runLater(() -> viewModel.headUnitNotice(line)));
        return viewModel;
    }

    private static Node load(String fxml, Function<Class<?>, Object> controllers) {
        return FxmlViews.load(fxml, controllers);
    }
}

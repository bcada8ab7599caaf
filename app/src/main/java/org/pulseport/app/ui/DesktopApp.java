package org.pulseport.app.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.pulseport.app.AppSession;
import org.pulseport.app.SingleInstance;
import org.pulseport.app.StartupFailure;
import org.pulseport.app.cli.GlobalOptions;
import org.pulseport.app.engine.DeviceHardware;
import org.pulseport.app.engine.WorkQueues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the desktop application: claims the data directory, shows a splash while the store opens in the
 * background, then the main window, then watches for devices being plugged in; returns the exit code when the
 * window is closed. A second launch on the same data directory hands its FIT files to this one
 * ({@link SingleInstance}) and this window comes to the front.
 */
public final class DesktopApp {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);

    private final ExecutorService background = Executors.newFixedThreadPool(2, WorkQueues.namedDaemons("pulseport-ui-task"));
    private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    /** Arguments handed over before the main window was shown; then the window's activation. FX thread only. */
    private final List<List<String>> earlyActivations = new ArrayList<>();
    private Consumer<List<String>> activation;
    private Optional<SingleInstance> singleInstance = Optional.empty();

    private DesktopApp() {
    }

    /** Starts the desktop app and blocks until it ends; returns the process exit code. */
    public static int run(GlobalOptions options) {
        AppSession.Claimed claimed;
        try {
            claimed = AppSession.claim(options.dataDirectory());
        } catch (StartupFailure e) {
            List<String> files = options.files().stream().map(Path::toString).toList();
            if (SingleInstance.handOver(options.dataDirectory(), files)) {
                System.out.println("Pulseport is already open on this data directory: its window was brought to the front"
                        + (files.isEmpty() ? "." : " and imports " + files.size() + " file(s)."));
                return 0;
            }
            System.err.println("pulseport: " + e.getMessage());
            return 1;
        }
        DesktopApp app = new DesktopApp();
        try {
            Platform.startup(() -> app.start(claimed, options.demo(), options.files()));
        } catch (RuntimeException e) {
            claimed.close();
            System.err.println("pulseport: cannot open a window (" + e.getMessage() + "). Run it on a desktop session, "
                    + "or use a command such as 'pulseport headless'.");
            return 1;
        }
        int code = app.exitCode.join();
        Platform.exit();
        return code;
    }

    private void start(AppSession.Claimed claimed, boolean demo, List<Path> files) {
        Platform.setImplicitExit(false);
        singleInstance = SingleInstance.listen(claimed.directory(), arguments -> Platform.runLater(() -> activated(arguments)));
        if (!files.isEmpty()) {
            earlyActivations.add(files.stream().map(Path::toString).toList());
        }
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        SplashScreen splash = new SplashScreen();
        splash.show();
        TaskRunner tasks = new TaskRunner(background, Platform::runLater);
        tasks.run("Opening the database", () -> AppSession.open(claimed, demo,
                step -> Platform.runLater(() -> splash.step(step))), session -> {
                    splash.close();
                    showMainWindow(session, tasks);
                }, error -> {
                    splash.close();
                    fail(error);
                });
    }

    private void showMainWindow(AppSession session, TaskRunner tasks) {
        Stage stage = new Stage();
        activation = new MainWindow(session.context(), tasks).show(stage);
        earlyActivations.forEach(activation);
        earlyActivations.clear();
        tasks.run("Starting background jobs", () -> {
            session.context().startEngine();
            return true;
        }, started -> { }, error -> LOG.error("The background engine did not start", error));
        background.execute(() -> session.context().startDeviceWatch(DeviceHardware.system()));
        stage.setOnHidden(e -> background.execute(() -> {
            singleInstance.ifPresent(SingleInstance::close);
            session.close();
            exitCode.complete(0);
        }));
    }

    private void activated(List<String> arguments) {
        if (activation == null) {
            earlyActivations.add(arguments);
        } else {
            activation.accept(arguments);
        }
    }

    private void fail(Throwable error) {
        singleInstance.ifPresent(SingleInstance::close);
        LOG.error("Pulseport could not start", error);
        String message = error instanceof StartupFailure ? error.getMessage()
                : "Pulseport could not start: " + error.getMessage();
        System.err.println("pulseport: " + message);
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText("Pulseport could not start");
        alert.showAndWait();
        exitCode.complete(1);
    }
}

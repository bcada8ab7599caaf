package org.pulseport.app.ui;

import atlantafx.base.theme.PrimerLight;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.pulseport.app.AppSession;
import org.pulseport.app.StartupFailure;
import org.pulseport.app.cli.GlobalOptions;
import org.pulseport.app.engine.DeviceHardware;
import org.pulseport.app.engine.WorkQueues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the desktop application: claims the data directory, shows a splash while the store opens in the
 * background, then the main window, then watches for devices being plugged in; returns the exit code when the
 * window is closed.
 */
public final class DesktopApp {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);

    private final ExecutorService background = Executors.newFixedThreadPool(2, WorkQueues.namedDaemons("pulseport-ui-task"));
    private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();

    private DesktopApp() {
    }

    /** Starts the desktop app and blocks until it ends; returns the process exit code. */
    public static int run(GlobalOptions options) {
        AppSession.Claimed claimed;
        try {
            claimed = AppSession.claim(options.dataDirectory());
        } catch (StartupFailure e) {
            System.err.println("pulseport: " + e.getMessage());
            return 1;
        }
        DesktopApp app = new DesktopApp();
        try {
            Platform.startup(() -> app.start(claimed, options.demo()));
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

    private void start(AppSession.Claimed claimed, boolean demo) {
        Platform.setImplicitExit(false);
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
        new MainWindow(session.context(), tasks).show(stage);
        tasks.run("Starting background jobs", () -> {
            session.context().startEngine();
            return true;
        }, started -> { }, error -> LOG.error("The background engine did not start", error));
        background.execute(() -> session.context().startDeviceWatch(DeviceHardware.system()));
        stage.setOnHidden(e -> background.execute(() -> {
            session.close();
            exitCode.complete(0);
        }));
    }

    private void fail(Throwable error) {
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

package org.pulseport.app.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.pulseport.app.AppSession;
import org.testfx.api.FxToolkit;

/**
 * The real main window on a session, shown headless (Monocle) for a UI test. Closing it closes the window, stops
 * its background executor and closes the session.
 */
final class MainWindowFixture implements AutoCloseable {

    private final AppSession session;
    private final ExecutorService background;
    private final TaskRunner tasks;
    private final Stage stage;
    private MainWindow window;

    private MainWindowFixture(AppSession session, ExecutorService background, Stage stage) {
        this.session = session;
        this.background = background;
        this.tasks = new TaskRunner(background, Platform::runLater);
        this.stage = stage;
    }

    static MainWindowFixture show(AppSession session) throws Exception {
        MainWindowFixture fixture = new MainWindowFixture(session, Executors.newFixedThreadPool(2),
                FxToolkit.registerPrimaryStage());
        FxToolkit.setupFixture(() -> {
            fixture.window = new MainWindow(session.context(), fixture.tasks);
            fixture.window.show(fixture.stage);
        });
        return fixture;
    }

    Stage stage() {
        return stage;
    }

    MainWindow window() {
        return window;
    }

    /** The runner the window's background work goes through; its running count is 0 when all work is done. */
    TaskRunner tasks() {
        return tasks;
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupStages();
        background.shutdownNow();
        session.close();
    }
}

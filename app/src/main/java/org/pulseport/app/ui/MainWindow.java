package org.pulseport.app.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.pulseport.app.AppContext;

/** Builds the main window for an open application context and shows it on a stage. */
public final class MainWindow {

    private final MainViewModel viewModel;
    private final Parent root;
    private final AppContext context;
    private final TaskRunner tasks;

    public MainWindow(AppContext context, TaskRunner tasks) {
        this.context = context;
        this.tasks = tasks;
        this.viewModel = new MainViewModel(context.profiles(), context.settings(), tasks);
        SectionViews views = new SectionViews(context, viewModel, tasks);
        this.root = FxmlViews.load("main.fxml", type -> new MainController(viewModel, tasks, views));
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    /** Puts the window on the stage, shows it, and starts loading profiles; returns how a second launch activates it. */
    public java.util.function.Consumer<java.util.List<String>> show(Stage stage) {
        Scene scene = new Scene(root);
        scene.getStylesheets().add(MainWindow.class.getResource("pulseport.css").toExternalForm());
        stage.setTitle("Pulseport");
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
        viewModel.load();
        return new WindowActivation(stage, viewModel, context.activityImporter(), tasks)::activate;
    }
}

package org.pulseport.app.ui;

import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/** A small window that shows start-up progress while the database opens in the background. */
final class SplashScreen {

    private final Stage stage = new Stage(StageStyle.UNDECORATED);
    private final Label step = new Label("Starting");

    SplashScreen() {
        Label title = new Label("Pulseport");
        title.getStyleClass().add("app-title");
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setPrefWidth(280);
        VBox box = new VBox(12, title, progress, step);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("splash");
        Scene scene = new Scene(box, 380, 180);
        scene.getStylesheets().add(SplashScreen.class.getResource("pulseport.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Pulseport (starting)");
    }

    void show() {
        stage.show();
    }

    void step(String text) {
        step.setText(text + "…");
    }

    void close() {
        stage.close();
    }
}

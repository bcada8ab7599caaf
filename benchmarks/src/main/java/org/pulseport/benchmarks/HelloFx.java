package org.pulseport.benchmarks;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The baseline of the start-up measurement: a bare JavaFX window titled "Hello", nothing else. */
public final class HelloFx {

    private HelloFx() {
    }

    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setTitle("Hello");
            stage.setScene(new Scene(new Label("Hello"), 320, 200));
            stage.show();
        });
    }
}

package org.pulseport.app.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A friendly placeholder that says what will appear here and what to do next. */
public final class EmptyState extends VBox {

    public EmptyState(String title, String nextStep) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title-3");
        Label hint = new Label(nextStep);
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        getChildren().addAll(heading, hint);
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        setSpacing(8);
        setMaxWidth(520);
    }
}

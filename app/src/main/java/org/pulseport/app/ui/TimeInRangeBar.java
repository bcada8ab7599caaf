package org.pulseport.app.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.pulseport.app.analytics.GlucoseRange;
import org.pulseport.app.analytics.TimeInRanges;
import org.pulseport.core.model.GlucoseUnit;

/** The five consensus ranges as one horizontal bar, each segment as wide as its share of the time. */
public final class TimeInRangeBar extends HBox {

    public TimeInRangeBar() {
        getStyleClass().add("tir-bar");
        setMinHeight(28);
        setPrefHeight(28);
    }

    public void show(TimeInRanges ranges, GlucoseUnit unit) {
        getChildren().clear();
        if (ranges.readings() == 0) {
            return;
        }
        for (GlucoseRange range : GlucoseRange.values()) {
            double percent = ranges.percent(range);
            Region fill = new Region();
            fill.getStyleClass().addAll("tir-segment", "tir-" + range.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            Label text = new Label(percent >= 12 ? String.format("%.0f %%", percent) : "");
            StackPane segment = new StackPane(fill, text);
            segment.setAlignment(Pos.CENTER);
            segment.setMinWidth(0);
            segment.setPrefWidth(0);
            HBox.setHgrow(segment, Priority.ALWAYS);
            segment.setMaxWidth(Double.MAX_VALUE);
            segment.prefWidthProperty().bind(widthProperty().multiply(percent / 100));
            Tooltip.install(segment, new Tooltip(String.format("%s %s: %.1f %% (target %s)", range.label(),
                    range.bounds(unit), percent, range.target())));
            getChildren().add(segment);
        }
    }
}

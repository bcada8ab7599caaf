package org.pulseport.app.ui;

import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.pulseport.app.engine.workouts.IntensityProfile;

/** Draws a workout's intensity profile: one bar per block, width by time, height by level, colour by intensity. */
final class IntensityProfileChart extends Canvas {

    private static final double MAX_LEVEL = 1.5;

    IntensityProfileChart(double width, double height) {
        super(width, height);
    }

    void draw(List<IntensityProfile.Block> blocks) {
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        g.setStroke(Color.gray(0.6));
        double threshold = getHeight() * (1 - 1 / MAX_LEVEL);
        g.strokeLine(0, threshold, getWidth(), threshold);
        long total = blocks.stream().mapToLong(IntensityProfile.Block::seconds).sum();
        if (total == 0) {
            return;
        }
        double x = 0;
        for (IntensityProfile.Block block : blocks) {
            double width = getWidth() * block.seconds() / total;
            double height = getHeight() * Math.min(block.level(), MAX_LEVEL) / MAX_LEVEL;
            g.setFill(colour(block));
            g.fillRect(x, getHeight() - height, Math.max(1, width - 1), height);
            x += width;
        }
    }

    private static Color colour(IntensityProfile.Block block) {
        switch (block.intensity()) {
            case WARMUP:
            case COOLDOWN:
                return Color.web("#7aa6d6");
            case REST:
            case RECOVERY:
                return Color.web("#9cc99c");
            default:
                return block.level() >= 1.05 ? Color.web("#d9534f") : block.level() >= 0.9 ? Color.web("#f0ad4e")
                        : Color.web("#5bc0de");
        }
    }
}

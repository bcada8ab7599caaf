package org.pulseport.app.ui;

import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.pulseport.app.analytics.AgpPercentiles;
import org.pulseport.app.analytics.GlucoseRange;
import org.pulseport.core.model.GlucoseUnit;

/**
 * The Ambulatory Glucose Profile by time of day, drawn as on the clinical report: the 5–95 % band light, the
 * 25–75 % band darker, the median as a line, over the 70–180 mg/dL target band. A canvas: 96 bins need no
 * scene-graph nodes per point.
 */
public final class AgpChart extends Region {

    private static final double LEFT = 48;
    private static final double BOTTOM = 24;
    private static final double TOP = 10;
    private static final double RIGHT = 24;
    private static final double MAX_MG_DL = 350;

    private final Canvas canvas = new Canvas();
    private List<AgpPercentiles> bins = List.of();
    private GlucoseUnit unit = GlucoseUnit.MG_DL;

    public AgpChart() {
        getChildren().add(canvas);
        getStyleClass().add("agp-chart");
        setMinHeight(220);
        setPrefHeight(320);
    }

    public void show(List<AgpPercentiles> percentiles, GlucoseUnit displayUnit) {
        this.bins = List.copyOf(percentiles);
        this.unit = displayUnit;
        draw();
    }

    /** The bins drawn, for tests. */
    public List<AgpPercentiles> bins() {
        return bins;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (w < LEFT + RIGHT + 10 || h < TOP + BOTTOM + 10) {
            return;
        }
        g.setFont(Font.font(11));
        g.setFill(Color.rgb(46, 160, 67, 0.12));
        g.fillRect(LEFT, y(GlucoseRange.TARGET_MAX, h), w - LEFT - RIGHT, y(GlucoseRange.LOW_BELOW, h) - y(GlucoseRange.TARGET_MAX, h));
        axes(g, w, h);
        if (bins.isEmpty()) {
            g.setFill(Color.GRAY);
            g.fillText("No glucose readings in this period.", LEFT + 20, h / 2);
            return;
        }
        band(g, w, h, true, Color.rgb(66, 133, 244, 0.25));
        band(g, w, h, false, Color.rgb(66, 133, 244, 0.55));
        g.setStroke(Color.rgb(20, 60, 140));
        g.setLineWidth(2);
        g.beginPath();
        for (int i = 0; i < bins.size(); i++) {
            double px = x(i, w);
            double py = y(bins.get(i).p50(), h);
            if (i == 0) {
                g.moveTo(px, py);
            } else {
                g.lineTo(px, py);
            }
        }
        g.stroke();
    }

    private void band(GraphicsContext g, double w, double h, boolean outer, Color colour) {
        int n = bins.size();
        double[] xs = new double[2 * n];
        double[] ys = new double[2 * n];
        for (int i = 0; i < n; i++) {
            AgpPercentiles b = bins.get(i);
            xs[i] = x(i, w);
            ys[i] = y(outer ? b.p95() : b.p75(), h);
            xs[2 * n - 1 - i] = x(i, w);
            ys[2 * n - 1 - i] = y(outer ? b.p5() : b.p25(), h);
        }
        g.setFill(colour);
        g.fillPolygon(xs, ys, 2 * n);
    }

    private void axes(GraphicsContext g, double w, double h) {
        g.setStroke(Color.GRAY);
        g.setLineWidth(0.5);
        g.setFill(Color.GRAY);
        for (double mgDl : new double[] {54, 70, 180, 250, MAX_MG_DL}) {
            double py = y(mgDl, h);
            g.strokeLine(LEFT, py, w - RIGHT, py);
            g.fillText(unit.display(mgDl).toPlainString(), 6, py + 4);
        }
        for (int hour = 0; hour <= 24; hour += 3) {
            double px = LEFT + (w - LEFT - RIGHT) * hour / 24.0;
            g.strokeLine(px, h - BOTTOM, px, h - BOTTOM + 4);
            g.fillText(String.format("%02d:00", hour % 24), px - 14, h - 6);
        }
    }

    private double x(int bin, double w) {
        return LEFT + (w - LEFT - RIGHT) * (bin + 0.5) / Math.max(1, bins.size());
    }

    private static double y(double mgDl, double h) {
        double clamped = Math.max(0, Math.min(MAX_MG_DL, mgDl));
        return TOP + (h - TOP - BOTTOM) * (1 - clamped / MAX_MG_DL);
    }
}

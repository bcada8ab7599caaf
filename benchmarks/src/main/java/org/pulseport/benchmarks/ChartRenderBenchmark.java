package org.pulseport.benchmarks;

import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pulseport.app.ui.GlucoseChart;
import org.pulseport.core.model.TimeSeries;

/**
 * Drawing and panning one year of 5-minute glucose (105,120 readings) in a 1,200 × 600 chart, with Pulseport's
 * downsampling chart ({@link GlucoseChart}: the visible readings reduced to about one point per pixel) and
 * with a plain JavaFX LineChart holding every reading, side by side in one run. One operation = set the data (or
 * move the window by 5 %), then CSS, layout and a rendered snapshot of the scene on the FX thread, headless
 * (Monocle, software pipeline).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
        "-Djava.awt.headless=true", "-Dprism.text=t2k"})
public class ChartRenderBenchmark {

    private static final long FIVE_MINUTES = 300_000L;
    private static final int YEAR = 365 * 288;

    @Param({"downsampled", "every-point"})
    public String mode;

    private TimeSeries year;
    private Scene scene;
    private GlucoseChart downsampled;
    private LineChart<Number, Number> plain;
    private NumberAxis plainTimeAxis;

    @Setup(Level.Trial)
    public void showWindow() throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        started.get();
        TimeSeries.Builder builder = new TimeSeries.Builder();
        long start = 1_735_689_600_000L;
        for (int i = 0; i < YEAR; i++) {
            double hours = i / 12.0;
            builder.add(start + i * FIVE_MINUTES, 140 + 45 * Math.sin(hours / 3.8) + 20 * Math.sin(hours / 0.9) + (i * 7919 % 13));
        }
        year = builder.build();
        onFx(() -> {
            downsampled = new GlucoseChart();
            plainTimeAxis = new NumberAxis();
            plainTimeAxis.setAutoRanging(false);
            plain = new LineChart<>(plainTimeAxis, new NumberAxis());
            plain.setCreateSymbols(false);
            plain.setAnimated(false);
            StackPane root = new StackPane("downsampled".equals(mode) ? downsampled : plain);
            scene = new Scene(root, 1200, 600);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            return null;
        });
    }

    /** Sets a year of readings and renders the chart. */
    @Benchmark
    public WritableImage drawYear() throws Exception {
        return onFx(() -> {
            if ("downsampled".equals(mode)) {
                downsampled.show(year, "mg/dL", ZoneId.of("UTC"));
            } else {
                plainTimeAxis.setLowerBound(year.epochMillis(0));
                plainTimeAxis.setUpperBound(year.epochMillis(year.size() - 1));
                plainTimeAxis.setTickUnit((year.epochMillis(year.size() - 1) - year.epochMillis(0)) / 10.0);
                drawAll();
            }
            return render();
        });
    }

    /** Moves a one-month view of the year by 5 % and renders the chart. */
    @Benchmark
    public WritableImage panMonth() throws Exception {
        return onFx(() -> {
            long month = 30L * 24 * 3600_000L;
            if ("downsampled".equals(mode)) {
                if (downsampled.visibleWindow() == null || downsampled.visibleWindow().span() > month) {
                    downsampled.show(year, "mg/dL", ZoneId.of("UTC"));
                    downsampled.zoom((double) month / downsampled.visibleWindow().span(), year.epochMillis(year.size() / 2));
                }
                long step = month / 20;
                downsampled.pan(downsampled.visibleWindow().to() + step > year.epochMillis(year.size() - 1) ? -10 * month : step);
            } else {
                if (plain.getData().isEmpty()) {
                    drawAll();
                    plainTimeAxis.setLowerBound(year.epochMillis(year.size() / 2));
                    plainTimeAxis.setUpperBound(year.epochMillis(year.size() / 2) + month);
                    plainTimeAxis.setTickUnit(month / 10.0);
                }
                double step = month / 20.0;
                boolean atEnd = plainTimeAxis.getUpperBound() + step > year.epochMillis(year.size() - 1);
                double shift = atEnd ? -10 * month : step;
                plainTimeAxis.setLowerBound(plainTimeAxis.getLowerBound() + shift);
                plainTimeAxis.setUpperBound(plainTimeAxis.getUpperBound() + shift);
            }
            return render();
        });
    }

    private void drawAll() {
        ObservableList<XYChart.Data<Number, Number>> data = FXCollections.observableArrayList();
        for (int i = 0; i < year.size(); i++) {
            data.add(new XYChart.Data<>(year.epochMillis(i), year.value(i)));
        }
        plain.getData().setAll(java.util.List.of(new XYChart.Series<>("Glucose", data)));
    }

    private WritableImage render() {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        return scene.snapshot(null);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(5, TimeUnit.MINUTES);
    }
}

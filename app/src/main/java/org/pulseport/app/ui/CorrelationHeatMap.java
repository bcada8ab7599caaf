package org.pulseport.app.ui;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import org.pulseport.app.store.AnalyticsRepository.CorrelationRow;
import org.pulseport.core.model.MetricType;

/** Pairwise correlations of daily metrics as a matrix of coloured cells: red positive, blue negative. */
public final class CorrelationHeatMap extends GridPane {

    public CorrelationHeatMap() {
        setHgap(2);
        setVgap(2);
        getStyleClass().add("heat-map");
    }

    public void show(List<CorrelationRow> correlations) {
        getChildren().clear();
        TreeSet<MetricType> metrics = new TreeSet<>();
        Map<String, CorrelationRow> byPair = new TreeMap<>();
        for (CorrelationRow row : correlations) {
            metrics.add(row.first());
            metrics.add(row.second());
            byPair.put(row.first() + "/" + row.second(), row);
            byPair.put(row.second() + "/" + row.first(), row);
        }
        List<MetricType> order = List.copyOf(metrics);
        for (int i = 0; i < order.size(); i++) {
            Label rowHeader = new Label(MetricNames.of(order.get(i)));
            add(rowHeader, 0, i + 1);
            Label columnHeader = new Label(Integer.toString(i + 1));
            columnHeader.setTooltip(new Tooltip(MetricNames.of(order.get(i))));
            add(columnHeader, i + 1, 0);
            rowHeader.setText((i + 1) + "  " + rowHeader.getText());
            for (int j = 0; j < order.size(); j++) {
                add(cell(order.get(i), order.get(j), byPair.get(order.get(i) + "/" + order.get(j))), j + 1, i + 1);
            }
        }
    }

    private static Label cell(MetricType a, MetricType b, CorrelationRow row) {
        Label cell = new Label();
        cell.getStyleClass().add("heat-cell");
        if (a == b) {
            cell.setStyle("-fx-background-color: #9e9e9e;");
            return cell;
        }
        if (row == null) {
            cell.setTooltip(new Tooltip(MetricNames.of(a) + " / " + MetricNames.of(b) + ": too few days with both"));
            return cell;
        }
        double r = row.pearson();
        Color colour = r >= 0 ? Color.rgb(214, 39, 40, Math.min(1, Math.abs(r))) : Color.rgb(31, 119, 180, Math.min(1, Math.abs(r)));
        cell.setStyle(String.format("-fx-background-color: rgba(%d,%d,%d,%.2f);", (int) (colour.getRed() * 255),
                (int) (colour.getGreen() * 255), (int) (colour.getBlue() * 255), colour.getOpacity()));
        cell.setText(String.format("%.1f", r));
        cell.setTooltip(new Tooltip(String.format("%s / %s%nPearson r = %.2f (p = %.3g)%nSpearman ρ = %.2f (p = %.3g)%n%d days",
                MetricNames.of(a), MetricNames.of(b), r, row.pearsonP(), row.spearman(), row.spearmanP(), row.pairedDays())));
        return cell;
    }
}

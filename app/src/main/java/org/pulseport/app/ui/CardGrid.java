package org.pulseport.app.ui;

import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.HPos;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Lays its children out as equal-width cards in as many columns as fit at {@link #minColumnWidthProperty()} each,
 * so a view reads as a grid on a wide window and as one column on a narrow one (a small window, or 200 % display
 * scaling); each row is as tall as its tallest card.
 */
public final class CardGrid extends Pane {

    private final DoubleProperty minColumnWidth = new SimpleDoubleProperty(this, "minColumnWidth", 420);
    private final DoubleProperty gap = new SimpleDoubleProperty(this, "gap", 12);

    public CardGrid() {
        minColumnWidth.addListener((o, before, now) -> requestLayout());
        gap.addListener((o, before, now) -> requestLayout());
    }

    public DoubleProperty minColumnWidthProperty() {
        return minColumnWidth;
    }

    public double getMinColumnWidth() {
        return minColumnWidth.get();
    }

    public void setMinColumnWidth(double width) {
        minColumnWidth.set(width);
    }

    public DoubleProperty gapProperty() {
        return gap;
    }

    public double getGap() {
        return gap.get();
    }

    public void setGap(double value) {
        gap.set(value);
    }

    /**
     * How many columns fit {@code width}, each at least the minimum column width and as wide as every card's
     * minimum width: at least one, at most one per card.
     */
    int columnsFor(double width) {
        double inner = width - snappedLeftInset() - snappedRightInset();
        double column = getMinColumnWidth();
        for (Node card : getManagedChildren()) {
            column = Math.max(column, card.minWidth(-1));
        }
        int fit = (int) Math.floor((inner + getGap()) / (column + getGap()));
        return Math.max(1, Math.min(fit, getManagedChildren().size()));
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + 2 * getMinColumnWidth() + getGap();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + Math.min(getMinColumnWidth(), 200);
    }

    @Override
    protected double computePrefHeight(double width) {
        double available = width < 0 ? computePrefWidth(-1) : width;
        int columns = columnsFor(available);
        double columnWidth = columnWidth(available, columns);
        List<Node> cards = getManagedChildren();
        double height = 0;
        for (int start = 0; start < cards.size(); start += columns) {
            height += rowHeight(cards, start, columns, columnWidth) + (start > 0 ? getGap() : 0);
        }
        return snappedTopInset() + height + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        int columns = columnsFor(getWidth());
        double columnWidth = columnWidth(getWidth(), columns);
        List<Node> cards = getManagedChildren();
        double y = snappedTopInset();
        for (int start = 0; start < cards.size(); start += columns) {
            double rowHeight = rowHeight(cards, start, columns, columnWidth);
            for (int i = start; i < Math.min(cards.size(), start + columns); i++) {
                double x = snappedLeftInset() + (i - start) * (columnWidth + getGap());
                layoutInArea(cards.get(i), x, y, columnWidth, rowHeight, 0, HPos.LEFT, VPos.TOP);
            }
            y += rowHeight + getGap();
        }
    }

    private double columnWidth(double width, int columns) {
        double inner = width - snappedLeftInset() - snappedRightInset();
        return Math.max(0, Math.floor((inner - (columns - 1) * getGap()) / columns));
    }

    private static double rowHeight(List<Node> cards, int start, int columns, double columnWidth) {
        double height = 0;
        for (int i = start; i < Math.min(cards.size(), start + columns); i++) {
            height = Math.max(height, cards.get(i).prefHeight(columnWidth));
        }
        return height;
    }
}

package org.pulseport.app.ui;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.HBox;

/** Table columns the views share: text computed from the row, and Retry/Discard buttons per row. */
final class TableColumns {

    private TableColumns() {
    }

    static <T> TableColumn<T, String> text(String title, Function<T, String> value) {
        return bind(new TableColumn<>(title), value);
    }

    /** Fills a column (also one declared in FXML) with text computed from the row. */
    static <T> TableColumn<T, String> bind(TableColumn<T, String> column, Function<T, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    /** A column with "Retry" and "Discard" buttons acting on the row's item. */
    static <T> TableColumn<T, T> retryOrDiscard(Consumer<T> retry, Consumer<T> discard) {
        TableColumn<T, T> column = new TableColumn<>("");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new RetryOrDiscard<>(retry, discard));
        return column;
    }

    private static final class RetryOrDiscard<T> extends TableCell<T, T> {
        private final HBox box;

        RetryOrDiscard(Consumer<T> retry, Consumer<T> discard) {
            Button retryButton = new Button("Retry");
            retryButton.getStyleClass().add("retry");
            retryButton.setOnAction(e -> retry.accept(getItem()));
            Button discardButton = new Button("Discard");
            discardButton.getStyleClass().add("discard");
            discardButton.setOnAction(e -> discard.accept(getItem()));
            box = new HBox(6, retryButton, discardButton);
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setGraphic(empty || item == null ? null : box);
        }
    }
}

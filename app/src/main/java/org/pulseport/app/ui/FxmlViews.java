package org.pulseport.app.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import javafx.fxml.FXMLLoader;

/** Loads a view's FXML from this package with the controller the given factory makes. */
final class FxmlViews {

    private FxmlViews() {
    }

    static <T> T load(String fxml, Function<Class<?>, Object> controllers) {
        FXMLLoader loader = new FXMLLoader(FxmlViews.class.getResource(fxml));
        loader.setControllerFactory(controllers::apply);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load view " + fxml, e);
        }
    }
}

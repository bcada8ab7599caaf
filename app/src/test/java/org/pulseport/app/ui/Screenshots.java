package org.pulseport.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Scale;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Writes what a stage shows to docs/screenshots once the FX events are processed. */
final class Screenshots {

    private Screenshots() {
    }

    /** Writes the stage's scene as docs/screenshots/FILE_NAME and returns the image written. */
    static BufferedImage write(Stage stage, String fileName) throws Exception {
        return write(stage, fileName, 1);
    }

    /** Writes the stage's scene rendered at {@code scale} (2: as a 200 % display shows it) and returns the image. */
    static BufferedImage write(Stage stage, String fileName, double scale) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(new Scale(scale, scale));
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().getRoot().snapshot(parameters, null)).get();
        BufferedImage png = SwingFXUtils.fromFXImage(image, null);
        Path target = Path.of(System.getProperty("user.dir")).resolve("../docs/screenshots").resolve(fileName).normalize();
        Files.createDirectories(target.getParent());
        ImageIO.write(png, "png", target.toFile());
        assertThat(ImageIO.read(target.toFile()).getWidth()).isEqualTo(png.getWidth()).isGreaterThan(800);
        return png;
    }
}

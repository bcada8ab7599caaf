package org.pulseport.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.AppSession;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window at the logical sizes that display scaling leaves of common screens (1280 × 720: a 1920 × 1080
 * screen at 150 %; 960 × 600: 1920 × 1200 at 200 %): in every section, labels, buttons and check boxes show their
 * whole text (table and list cells may elide, as at any size). Writes docs/screenshots/dashboard-200.png, the
 * dashboard rendered as a 200 % display shows it.
 */
class ScalingUiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static MainWindowFixture app;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void showTheDemo(@TempDir Path dataDir) throws Exception {
        app = MainWindowFixture.show(AppSession.open(dataDir, true, step -> { }));
    }

    @AfterAll
    static void close() throws Exception {
        app.close();
    }

    @Test
    void at150PercentEveryTextFits() {
        assertThat(elidedTexts(1280, 720)).isEmpty();
    }

    @Test
    void at200PercentEveryTextFits() throws Exception {
        assertThat(elidedTexts(960, 600)).isEmpty();

        show(Section.DASHBOARD);
        Awaitility.await().atMost(PATIENCE).until(() -> robot.lookup("#dashboardGlucose").queryAs(Label.class)
                .getText().contains("mg/dL"));
        assertThat(Screenshots.write(app.stage(), "dashboard-200.png", 2).getWidth()).isEqualTo(1920);
    }

    private List<String> elidedTexts(double width, double height) {
        robot.interact(() -> {
            app.stage().setWidth(width);
            app.stage().setHeight(height);
        });
        List<String> elided = new ArrayList<>();
        for (Section section : Section.values()) {
            show(section);
            robot.interact(() -> collectElided(app.stage().getScene().getRoot(), section.title(), elided));
        }
        return elided;
    }

    private void show(Section section) {
        robot.interact(() -> robot.lookup("#navigation").<Section>queryListView().getSelectionModel().select(section));
        Awaitility.await().atMost(PATIENCE).until(() -> app.tasks().runningProperty().get() == 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Labels, buttons and check boxes on screen whose text is cut short with an ellipsis. */
    private static void collectElided(Node node, String section, List<String> elided) {
        if (!node.isVisible() || node instanceof TableView<?> || node instanceof ListView<?>
                || node instanceof ComboBoxBase<?> || node instanceof ChoiceBox<?>) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(Text.class::cast)
                    .filter(text -> !text.getText().equals(labeled.getText()))
                    .forEach(text -> elided.add(section + ": '" + labeled.getText() + "' shows as '" + text.getText() + "'"));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectElided(child, section, elided));
        }
    }
}

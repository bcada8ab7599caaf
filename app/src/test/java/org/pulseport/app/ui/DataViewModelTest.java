package org.pulseport.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.AppSession;
import org.pulseport.core.model.Profile;

class DataViewModelTest {

    @TempDir
    Path dir;
    @TempDir
    Path files;

    private AppSession session;
    private MainViewModel main;
    private DataViewModel vm;

    @BeforeEach
    void open() {
        session = AppSession.open(dir, true, step -> { });
        TaskRunner inline = new TaskRunner(Runnable::run, Runnable::run);
        main = new MainViewModel(session.context().profiles(), session.context().settings(), inline);
        main.load();
        vm = new DataViewModel(session.context().data(), inline, main);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void backsUpAndStagesARestoreForTheNextStart() {
        Path backup = files.resolve(vm.suggestedBackupName());
        vm.backup(backup);
        assertThat(vm.feedbackProperty().get()).startsWith("Backup written to " + backup).endsWith("keep it somewhere safe.");
        assertThat(backup).exists();

        vm.restoreAtNextStart(backup);
        assertThat(vm.feedbackProperty().get()).contains("will be restored when Pulseport next starts");
        assertThat(dir.resolve("restore-pending.zip")).exists();

        vm.restoreAtNextStart(files.resolve("missing.zip"));
        assertThat(vm.feedbackProperty().get()).isEqualTo("There is no backup file " + files.resolve("missing.zip") + ".");
    }

    @Test
    void exportsAndDeletesTheSelectedProfile() {
        Profile demo = session.context().profiles().find("Demo").orElseThrow();
        main.selectedProfileProperty().set(demo);

        vm.exportSelected(files.resolve("demo"));
        assertThat(vm.feedbackProperty().get()).startsWith("Exported Demo to " + files.resolve("demo") + ":");
        assertThat(files.resolve("demo/readings.csv")).exists();

        vm.deleteSelected();
        assertThat(vm.feedbackProperty().get()).startsWith("Deleted profile Demo with ");
        assertThat(main.profiles()).extracting(Profile::name).doesNotContain("Demo");
        assertThat(session.context().profiles().find("Demo")).isEmpty();
        vm.deleteSelected();
        assertThat(vm.feedbackProperty().get()).isEqualTo("Select the profile to delete first.");
    }
}

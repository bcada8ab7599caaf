package org.pulseport.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskRunnerTest {

    @Test
    void latestDropsAResultThatArrivesAfterANewerCall() {
        List<Runnable> background = new ArrayList<>();
        TaskRunner.Latest loads = new TaskRunner(background::add, Runnable::run).latest();
        List<String> shown = new ArrayList<>();

        loads.run("first", () -> "Ann", shown::add, error -> shown.add("error"));
        loads.run("second", () -> "Bea", shown::add, error -> shown.add("error"));
        background.get(1).run();
        background.get(0).run();

        assertThat(shown).containsExactly("Bea");
    }
}

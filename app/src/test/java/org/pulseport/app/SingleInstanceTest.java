package org.pulseport.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {

    @TempDir
    Path dir;

    @Test
    void aSecondLaunchHandsItsArgumentsToTheRunningInstance() {
        List<List<String>> received = new CopyOnWriteArrayList<>();
        try (SingleInstance running = SingleInstance.listen(dir, received::add).orElseThrow()) {
            assertThat(dir.resolve(SingleInstance.SOCKET)).exists();

            assertThat(SingleInstance.handOver(dir, List.of("/rides/morning ride.fit", "/rides/ünïcode.fit"))).isTrue();
            assertThat(SingleInstance.handOver(dir, List.of())).isTrue();

            await().until(() -> received.size() == 2);
            assertThat(received).containsExactly(List.of("/rides/morning ride.fit", "/rides/ünïcode.fit"), List.of());
        }
        assertThat(dir.resolve(SingleInstance.SOCKET)).doesNotExist();
    }

    @Test
    void withoutARunningDesktopAppNothingAcceptsTheArguments() throws Exception {
        assertThat(SingleInstance.handOver(dir, List.of("a.fit"))).isFalse();

        Files.createFile(dir.resolve(SingleInstance.SOCKET));
        assertThat(SingleInstance.handOver(dir, List.of("a.fit"))).as("a stale socket file").isFalse();
    }

    @Test
    void aStaleSocketFileFromACrashIsReplaced() throws Exception {
        Files.createFile(dir.resolve(SingleInstance.SOCKET));
        List<List<String>> received = new CopyOnWriteArrayList<>();
        try (SingleInstance running = SingleInstance.listen(dir, received::add).orElseThrow()) {
            assertThat(SingleInstance.handOver(dir, List.of("x.fit"))).isTrue();
            await().until(() -> received.size() == 1);
        }
    }

    @Test
    void aCommandAgainstTheRunningDesktopAppSaysItIsRunning() {
        try (AppSession.Claimed desktop = AppSession.claim(dir);
             SingleInstance listening = SingleInstance.listen(desktop.directory(), args -> { }).orElseThrow()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> AppSession.claim(dir))
                    .isInstanceOf(StartupFailure.class)
                    .hasMessageContaining("Pulseport is already running with the data directory " + dir)
                    .hasMessageContaining("Use that window, close it first");
        }
    }
}

package org.pulseport.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyStorageStartupTest {

    @TempDir
    Path dir;

    @Test
    void aMistypedKeyStorageStopsTheStartWithTheValidChoicesAndReleasesTheDirectory() {
        assertThatThrownBy(() -> AppSession.open(dir, false, Map.of("PULSEPORT_KEY_STORAGE", "keyrnig"), step -> { }))
                .isInstanceOf(StartupFailure.class)
                .hasMessage("PULSEPORT_KEY_STORAGE=keyrnig is not a key storage; use one of auto, keyring, file");

        try (AppSession session = AppSession.open(dir, false, Map.of("PULSEPORT_KEY_STORAGE", "file"), step -> { })) {
            assertThat(session.context().dataDirectory()).isEqualTo(dir.toAbsolutePath().normalize());
        }
    }
}

package org.pulseport.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    private static final Path HOME = Path.of("/home/ann");

    @Test
    void linuxUsesXdgDataHomeOrItsDefault() {
        assertThat(DataDirectory.platformDefault("Linux", Map.of("XDG_DATA_HOME", "/data"), HOME))
                .isEqualTo(Path.of("/data/pulseport"));
        assertThat(DataDirectory.platformDefault("Linux", Map.of(), HOME))
                .isEqualTo(Path.of("/home/ann/.local/share/pulseport"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(DataDirectory.platformDefault("Mac OS X", Map.of(), HOME))
                .isEqualTo(Path.of("/home/ann/Library/Application Support/Pulseport"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DataDirectory.platformDefault("Windows 11", Map.of("APPDATA", "/appdata"), HOME))
                .isEqualTo(Path.of("/appdata/Pulseport"));
    }
}

package org.pulseport.devices.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The bundled profile table and the parser that reads it. */
class FitProfileTest {

    @Test
    void bundledProfileDescribesTheMessagesTheCodecNeeds() {
        FitProfile profile = FitProfile.standard();

        for (String name : new String[] {"file_id", "file_creator", "device_info", "event", "sport", "session", "lap",
            "record", "activity", "hrv", "workout", "workout_step", "developer_data_id", "field_description"}) {
            assertThat(profile.message(name)).as(name).isPresent();
        }
        FieldProfile compressed = profile.requiredMessage("record").requiredField("compressed_speed_distance");
        assertThat(compressed.components()).containsExactly(
                new ComponentProfile(6, 12, 100, 0, false), new ComponentProfile(5, 12, 16, 0, true));
        assertThat(profile.message(20).field(253).orElseThrow().name()).isEqualTo("timestamp");
        assertThat(profile.message(65_000).name()).isEqualTo("unknown_65000");
        assertThat(profile.message(65_000).field(253)).isPresent();
    }

    @Test
    void badTableLinesNameTheirLine() {
        FitProfileParser parser = new FitProfileParser();

        assertThatThrownBy(() -> parser.parse("message 1 a\n  0 b uint8 components=missing:8:1:0\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 2").hasMessageContaining("missing");
        assertThatThrownBy(() -> parser.parse("  0 orphan uint8\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 1");
        assertThatThrownBy(() -> parser.parse("message 1 a\n  0 b notatype\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 2");
    }
}

package org.pulseport.app.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

    @Test
    void aWindowOverMidnightCoversTheLateEveningAndTheEarlyMorning() {
        QuietHours night = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));
        assertThat(night.contains(LocalTime.of(22, 0))).isTrue();
        assertThat(night.contains(LocalTime.of(23, 59))).isTrue();
        assertThat(night.contains(LocalTime.MIDNIGHT)).isTrue();
        assertThat(night.contains(LocalTime.of(6, 59))).isTrue();
        assertThat(night.contains(LocalTime.of(7, 0))).isFalse();
        assertThat(night.contains(LocalTime.of(12, 0))).isFalse();
    }

    @Test
    void aDaytimeWindowAndAnEmptyOne() {
        QuietHours siesta = new QuietHours(LocalTime.of(13, 0), LocalTime.of(15, 0));
        assertThat(siesta.contains(LocalTime.of(14, 0))).isTrue();
        assertThat(siesta.contains(LocalTime.of(15, 0))).isFalse();
        assertThat(siesta.contains(LocalTime.of(12, 59))).isFalse();
        assertThat(new QuietHours(LocalTime.NOON, LocalTime.NOON).contains(LocalTime.NOON)).isFalse();
        assertThat(siesta).hasToString("13:00–15:00");
    }
}

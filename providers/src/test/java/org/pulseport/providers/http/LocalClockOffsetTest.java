package org.pulseport.providers.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LocalClockOffsetTest {

    private static final LocalDateTime UTC = LocalDateTime.parse("2024-03-01T12:00:00");

    @Test
    void roundsReceiverClockDriftToTheQuarterHour() {
        assertThat(LocalClockOffset.between(LocalDateTime.parse("2024-03-01T07:03:20"), UTC))
                .isEqualTo(ZoneOffset.ofHours(-5));
        assertThat(LocalClockOffset.between(LocalDateTime.parse("2024-03-01T17:29:00"), UTC))
                .isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
    }

    @Test
    void moreThanEighteenHoursIsMalformed() {
        assertThatThrownBy(() -> LocalClockOffset.between(LocalDateTime.parse("2024-03-02T12:00:00"), UTC))
                .isInstanceOf(MalformedRecordException.class);
    }
}

package org.pulseport.providers.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private final RetryAfter retryAfter = new RetryAfter(Clock.fixed(Instant.parse("2024-03-01T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void secondsDelay() {
        assertThat(retryAfter.of("30", null)).contains(Duration.ofSeconds(30));
    }

    @Test
    void httpDate() {
        assertThat(retryAfter.of("Fri, 01 Mar 2024 12:02:00 GMT", null)).contains(Duration.ofMinutes(2));
    }

    @Test
    void rateLimitResetAsSecondsOrEpoch() {
        assertThat(retryAfter.of(null, "15")).contains(Duration.ofSeconds(15));
        assertThat(retryAfter.of(null, Long.toString(Instant.parse("2024-03-01T12:01:00Z").getEpochSecond())))
                .contains(Duration.ofMinutes(1));
    }

    @Test
    void retryAfterWinsOverRateLimitReset() {
        assertThat(retryAfter.of("5", "60")).contains(Duration.ofSeconds(5));
    }

    @Test
    void pastOrUnreadableValues() {
        assertThat(retryAfter.of("Fri, 01 Mar 2024 11:00:00 GMT", null)).contains(Duration.ZERO);
        assertThat(retryAfter.of("soon", null)).isEmpty();
        assertThat(retryAfter.of(null, null)).isEmpty();
    }
}

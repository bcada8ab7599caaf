package org.pulseport.providers.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pulseport.core.connector.RequestPermits;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.error.PulseportException;

/** The per-(profile, provider) limiter on a fake clock: parking advances time instead of sleeping. */
class KeyedRateLimiterTest {

    /** Fake time: parking records the wait and moves the clock on by it. */
    static final class FakeTime implements TimeMeter, BlockingStrategy {
        long nanos = 1_000_000_000L;
        final List<Duration> parks = new ArrayList<>();

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        @Override
        public void park(long nanosToPark) {
            parks.add(Duration.ofNanos(nanosToPark));
            nanos += nanosToPark;
        }
    }

    private final FakeTime time = new FakeTime();
    private final KeyedRateLimiter limiter = new KeyedRateLimiter(RateLimits.defaults(), time, time);

    @Test
    void thirtyRequestsInAMinutePassTheThirtyFirstWaits() {
        RequestPermits permits = limiter.permits(1, "wahoo");
        for (int i = 0; i < 30; i++) {
            permits.acquire();
        }
        assertThat(time.parks).isEmpty();

        permits.acquire();

        assertThat(time.parks).hasSize(1);
        assertThat(time.parks.get(0)).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void eachProfileAndProviderHasItsOwnBudget() {
        for (int i = 0; i < 30; i++) {
            limiter.permits(1, "wahoo").acquire();
        }
        limiter.permits(2, "wahoo").acquire();
        limiter.permits(1, "garmin").acquire();

        assertThat(time.parks).isEmpty();
    }

    @Test
    void aProviderHoldDelaysTheNextRequestOfThatKeyOnly() {
        RequestPermits permits = limiter.permits(1, "wahoo");
        permits.holdFor(Duration.ofSeconds(30));

        limiter.permits(1, "garmin").acquire();
        assertThat(time.parks).isEmpty();
        permits.acquire();

        assertThat(time.parks).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void aWaitLongerThanTheMaximumIsThrownAsRateLimitedWithTheDelay() {
        RequestPermits permits = limiter.permits(1, "wahoo");
        permits.holdFor(Duration.ofSeconds(300));

        PulseportException e = catchThrowableOfType(PulseportException.class, permits::acquire);

        assertThat(e.error()).isInstanceOf(PulseportError.RateLimited.class);
        assertThat(((PulseportError.RateLimited) e.error()).retryAfter()).contains(Duration.ofSeconds(300));
        assertThat(time.parks).isEmpty();
    }

    @Test
    void limitsAreConfigurablePerProvider() {
        RateLimits limits = RateLimits.fromEnvironment(List.of("wahoo", "garmin-usb"),
                Map.of("PULSEPORT_WAHOO_REQUESTS_PER_MINUTE", "5", "PULSEPORT_GARMIN_USB_REQUESTS_PER_MINUTE", "many"));
        KeyedRateLimiter custom = new KeyedRateLimiter(limits, time, time);

        assertThat(limits.of("wahoo")).isEqualTo(RateLimit.perMinute(5));
        assertThat(limits.of("garmin-usb")).isEqualTo(RateLimit.DEFAULT);
        for (int i = 0; i < 5; i++) {
            custom.permits(1, "wahoo").acquire();
        }
        assertThat(time.parks).isEmpty();
        custom.permits(1, "wahoo").acquire();
        assertThat(time.parks).hasSize(1);
        assertThat(Optional.of(time.parks.get(0))).get().isEqualTo(Duration.ofSeconds(12));
    }
}

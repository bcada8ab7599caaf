package org.pulseport.providers.workouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.workout.sync.DestinationResult;
import org.pulseport.core.workout.sync.WorkoutDestination;
import org.pulseport.providers.garmin.GarminDestination;
import org.pulseport.providers.http.HttpTimeouts;
import org.pulseport.providers.testing.MockServer;
import org.pulseport.providers.testing.RoutingDispatcher;
import org.pulseport.providers.trainingpeaks.TrainingPeaksDestination;
import org.pulseport.providers.wahoo.WahooDestination;

/**
 * Every row of the seed's error table against each cloud destination's mock server: 404 → record_not_found,
 * 429 → rate_limit with the API's delay (and the key held), 401/403 → auth_error, 5xx and no answer →
 * provider errors, anything else → unexpected_error.
 */
class DestinationErrorsTest {

    private static final HttpTimeouts SHORT = HttpTimeouts.of(Duration.ofMillis(500));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-01T12:00:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    final MockServer server = new MockServer();

    static Stream<Arguments> rows() {
        Function<String, WorkoutDestination> wahoo = url -> WahooDestination.at(url, SHORT, CLOCK);
        Function<String, WorkoutDestination> trainingPeaks = url -> TrainingPeaksDestination.at(url, SHORT, CLOCK);
        Function<String, WorkoutDestination> garmin = url -> GarminDestination.at(url, SHORT, CLOCK);
        return Stream.of(wahoo, trainingPeaks, garmin).flatMap(destination -> Stream.of(
                Arguments.of(destination, new MockResponse().setResponseCode(404), PulseportError.RecordNotFound.class),
                Arguments.of(destination, new MockResponse().setResponseCode(429).setHeader("Retry-After", "120"),
                        PulseportError.RateLimited.class),
                Arguments.of(destination, new MockResponse().setResponseCode(401), PulseportError.AuthError.class),
                Arguments.of(destination, new MockResponse().setResponseCode(403), PulseportError.AuthError.class),
                Arguments.of(destination, new MockResponse().setResponseCode(503), PulseportError.ProviderError.class),
                Arguments.of(destination, new MockResponse().setResponseCode(400), PulseportError.UnexpectedError.class),
                Arguments.of(destination, new MockResponse().setBody("not json"), PulseportError.ProviderError.class)));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void theAnswerIsClassifiedAsTheSeedsTableSays(Function<String, WorkoutDestination> create, MockResponse answer,
                                                   Class<? extends PulseportError> expected) {
        server.setDispatcher(new RoutingDispatcher(answer));
        WorkoutDestination destination = create.apply(server.baseUrl());
        WorkoutSamples.RecordingPermits permits = new WorkoutSamples.RecordingPermits();

        DestinationResult result = destination.id().equals(TrainingPeaksDestination.ID)
                ? destination.syncScheduledWorkout(WorkoutSamples.call(permits), WorkoutSamples.schedule(Optional.empty(), Optional.empty(), false))
                : destination.syncWorkout(WorkoutSamples.call(permits), WorkoutSamples.push(Optional.empty()));

        assertThat(result).isInstanceOf(DestinationResult.Failed.class);
        PulseportError error = ((DestinationResult.Failed) result).error();
        assertThat(error).isInstanceOf(expected);
        assertThat(permits.acquired).isEqualTo(1);
        if (error instanceof PulseportError.RateLimited limited) {
            assertThat(limited.retryAfter()).contains(Duration.ofSeconds(120));
            assertThat(permits.holds).containsExactly(Duration.ofSeconds(120));
        }
    }

    @ParameterizedTest
    @MethodSource("destinations")
    void aRateLimitWithoutADelayHoldsTheKeyForSixtySeconds(Function<String, WorkoutDestination> create) {
        server.setDispatcher(new RoutingDispatcher(new MockResponse().setResponseCode(429)));
        WorkoutSamples.RecordingPermits permits = new WorkoutSamples.RecordingPermits();

        DestinationResult result = create.apply(server.baseUrl()).syncScheduledWorkout(WorkoutSamples.call(permits),
                WorkoutSamples.schedule(Optional.of("77"), Optional.empty(), false));

        assertThat(((PulseportError.RateLimited) ((DestinationResult.Failed) result).error()).retryAfter()).isEmpty();
        assertThat(permits.holds).containsExactly(Duration.ofSeconds(60));
    }

    @ParameterizedTest
    @MethodSource("destinations")
    void aServerThatNeverAnswersIsATemporaryError(Function<String, WorkoutDestination> create) {
        server.setDispatcher(new RoutingDispatcher(new MockResponse().setSocketPolicy(
                okhttp3.mockwebserver.SocketPolicy.NO_RESPONSE)));

        DestinationResult result = create.apply(server.baseUrl()).syncScheduledWorkout(
                WorkoutSamples.call(new WorkoutSamples.RecordingPermits()),
                WorkoutSamples.schedule(Optional.of("77"), Optional.empty(), false));

        assertThat(((DestinationResult.Failed) result).error()).isInstanceOf(PulseportError.NetworkError.class);
    }

    static Stream<Function<String, WorkoutDestination>> destinations() {
        return Stream.of(url -> WahooDestination.at(url, SHORT, CLOCK), url -> TrainingPeaksDestination.at(url, SHORT, CLOCK),
                url -> GarminDestination.at(url, SHORT, CLOCK));
    }
}

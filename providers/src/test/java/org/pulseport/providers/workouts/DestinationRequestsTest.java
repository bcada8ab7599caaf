package org.pulseport.providers.workouts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pulseport.core.workout.sync.DestinationResult;
import org.pulseport.providers.garmin.GarminDestination;
import org.pulseport.providers.http.HttpTimeouts;
import org.pulseport.providers.testing.MockServer;
import org.pulseport.providers.testing.RoutingDispatcher;
import org.pulseport.providers.trainingpeaks.TrainingPeaksDestination;
import org.pulseport.providers.wahoo.WahooDestination;

/** What each cloud destination sends: paths, methods, form fields and JSON as the providers document them. */
class DestinationRequestsTest {

    private static final HttpTimeouts SHORT = HttpTimeouts.of(Duration.ofSeconds(2));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-01T12:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final MockServer server = new MockServer();
    private final WorkoutSamples.RecordingPermits permits = new WorkoutSamples.RecordingPermits();

    @Test
    void wahooCreatesAPlanWithItsExternalIdAfterLookingItUp() throws Exception {
        server.setDispatcher(new RoutingDispatcher(new MockResponse().setBody("{\"id\": 5}"))
                .on("/v1/plans", "external_id", "pulseport-workout-" + WorkoutSamples.WORKOUT_ID, new MockResponse().setBody("[]")));

        DestinationResult result = WahooDestination.at(server.baseUrl(), SHORT, CLOCK)
                .syncWorkout(WorkoutSamples.call(permits), WorkoutSamples.push(Optional.empty()));

        assertThat(result).isEqualTo(new DestinationResult.Synced("5"));
        List<RecordedRequest> requests = server.requests();
        assertThat(requests).extracting(RecordedRequest::getMethod).containsExactly("GET", "POST");
        Map<String, String> form = form(requests.get(1));
        assertThat(requests.get(1).getPath()).isEqualTo("/v1/plans");
        assertThat(requests.get(1).getHeader("Authorization")).isEqualTo("Bearer token-1");
        assertThat(form).containsEntry("plan[external_id]", "pulseport-workout-" + WorkoutSamples.WORKOUT_ID)
                .containsEntry("plan[provider_updated_at]", "2024-03-01T10:00:00Z").containsEntry("plan[filename]", "plan.json");
        assertThat(form.get("plan[file]")).startsWith("data:application/json;base64,");
        JsonNode plan = JSON.readTree(Base64.getDecoder().decode(form.get("plan[file]").substring(29)));
        assertThat(plan.path("header").path("name").asText()).isEqualTo("Threshold 4x8");
        assertThat(plan.path("header").path("workout_type_family").asInt()).isZero();
        JsonNode repeat = plan.path("intervals").get(1);
        assertThat(repeat.path("exit_trigger_type").asText()).isEqualTo("repeat");
        assertThat(repeat.path("exit_trigger_value").asInt()).isEqualTo(3);
        JsonNode work = repeat.path("intervals").get(0);
        assertThat(work.path("exit_trigger_value").asLong()).isEqualTo(480);
        assertThat(work.path("targets").get(0).path("type").asText()).isEqualTo("ftp");
        assertThat(work.path("targets").get(0).path("low").asDouble()).isEqualTo(0.95);
        assertThat(plan.path("intervals").get(0).path("intensity_type").asText()).isEqualTo("wu");
        assertThat(permits.acquired).isEqualTo(2);
    }

    @Test
    void wahooUpdatesThePlanItAlreadyHoldsUnderTheExternalId() throws Exception {
        server.setDispatcher(new RoutingDispatcher(new MockResponse().setBody("{\"id\": 9}"))
                .on("/v1/plans", "external_id", "pulseport-workout-" + WorkoutSamples.WORKOUT_ID,
                        new MockResponse().setBody("[{\"id\": 9, \"external_id\": \"pulseport-workout-" + WorkoutSamples.WORKOUT_ID + "\"}]")));

        DestinationResult result = WahooDestination.at(server.baseUrl(), SHORT, CLOCK)
                .syncWorkout(WorkoutSamples.call(permits), WorkoutSamples.push(Optional.empty()));

        assertThat(result).isEqualTo(new DestinationResult.Synced("9"));
        List<RecordedRequest> requests = server.requests();
        assertThat(requests.get(1).getMethod()).isEqualTo("PUT");
        assertThat(requests.get(1).getPath()).isEqualTo("/v1/plans/9");
        assertThat(form(requests.get(1))).doesNotContainKey("plan[external_id]");
    }

    @Test
    void wahooSchedulesACalendarWorkoutOnThePlanAndFindsItsCopyWhenInDoubt() throws Exception {
        String token = "pulseport-workout_scheduled-" + WorkoutSamples.SCHEDULE_ID;
        server.setDispatcher(new RoutingDispatcher(new MockResponse().setBody("{\"id\": 31}"))
                .on("/v1/workouts", "page", "1", new MockResponse().setBody("{\"workouts\": [{\"id\": 30, \"workout_token\": \"other\"},"
                        + " {\"id\": 31, \"workout_token\": \"" + token + "\"}]}")));
        WahooDestination wahoo = WahooDestination.at(server.baseUrl(), SHORT, CLOCK);

        DestinationResult created = wahoo.syncScheduledWorkout(WorkoutSamples.call(permits),
                WorkoutSamples.schedule(Optional.of("9"), Optional.empty(), false));
        DestinationResult recovered = wahoo.syncScheduledWorkout(WorkoutSamples.call(permits),
                WorkoutSamples.schedule(Optional.of("9"), Optional.empty(), true));

        assertThat(created).isEqualTo(new DestinationResult.Synced("31"));
        assertThat(recovered).isEqualTo(new DestinationResult.Synced("31"));
        List<RecordedRequest> requests = server.requests();
        assertThat(requests).extracting(r -> r.getMethod() + " " + r.getRequestUrl().encodedPath())
                .containsExactly("POST /v1/workouts", "GET /v1/workouts", "PUT /v1/workouts/31");
        assertThat(form(requests.get(0))).containsEntry("workout[plan_id]", "9").containsEntry("workout[workout_token]", token)
                .containsEntry("workout[starts]", "2024-03-05T06:30:00Z").containsEntry("workout[minutes]", "60")
                .containsEntry("workout[workout_type_id]", "0");
    }

    @Test
    void anExhaustedWahooWindowHoldsTheKeyUntilItsReset() {
        server.setDispatcher(new RoutingDispatcher(new MockResponse().setBody("{\"id\": 5}")
                .setHeader("X-RateLimit-Remaining", "4800, 800, 0").setHeader("X-RateLimit-Reset", "300")));

        WahooDestination.at(server.baseUrl(), SHORT, CLOCK).deleteWorkout(WorkoutSamples.call(permits), "5");

        assertThat(permits.holds).containsExactly(Duration.ofSeconds(300));
    }

    @Test
    void trainingPeaksPlansTheScheduledWorkoutWithItsStructure() throws Exception {
        server.setDispatcher(new RoutingDispatcher(new MockResponse().setBody("{\"Id\": 4711}"))
                .on("/v1/athlete/profile", new MockResponse().setBody("{\"Id\": 123}")));
        TrainingPeaksDestination trainingPeaks = TrainingPeaksDestination.at(server.baseUrl(), SHORT, CLOCK);

        DestinationResult library = trainingPeaks.syncWorkout(WorkoutSamples.call(permits), WorkoutSamples.push(Optional.empty()));
        DestinationResult planned = trainingPeaks.syncScheduledWorkout(WorkoutSamples.call(permits),
                WorkoutSamples.schedule(Optional.empty(), Optional.empty(), false));

        assertThat(library).isInstanceOf(DestinationResult.NotApplicable.class);
        assertThat(planned).isEqualTo(new DestinationResult.Synced("4711"));
        RecordedRequest post = server.requests().get(1);
        assertThat(post.getMethod() + " " + post.getPath()).isEqualTo("POST /v2/workouts/plan");
        JsonNode body = JSON.readTree(post.getBody().readUtf8());
        assertThat(body.path("AthleteId").asLong()).isEqualTo(123);
        assertThat(body.path("WorkoutDay").asText()).isEqualTo("2024-03-05T00:00:00");
        assertThat(body.path("StartTime").asText()).isEqualTo("2024-03-05T07:30:00");
        assertThat(body.path("WorkoutType").asText()).isEqualTo("Bike");
        assertThat(body.path("TotalTimePlanned").asDouble()).isEqualTo(1.0);
        JsonNode structure = JSON.readTree(body.path("Structure").asText()).path("Structure");
        assertThat(structure.get(0).path("IntensityClass").asText()).isEqualTo("WarmUp");
        assertThat(structure.get(0).path("IntensityTarget").path("Unit").asText()).isEqualTo("PercentOfFtp");
        assertThat(structure.get(0).path("IntensityTarget").path("Value").asDouble()).isEqualTo(57.5);
        assertThat(structure.get(1).path("Type").asText()).isEqualTo("Repetition");
        assertThat(structure.get(1).path("Length").path("Value").asInt()).isEqualTo(4);
        assertThat(structure.get(1).path("Steps").get(1).path("CadenceTarget").path("MinValue").asInt()).isEqualTo(85);
    }

    @Test
    void garminCreatesTheWorkoutThenSchedulesItAndFindsTheScheduleWhenInDoubt() throws Exception {
        server.setDispatcher(new RoutingDispatcher(new MockResponse().setBody("{\"workoutId\": 8001}"))
                .on("/training-api/schedule/", new MockResponse().setBody("9001"))
                .on("/training-api/schedule", "startDate", "2024-03-05",
                        new MockResponse().setBody("[{\"workoutScheduleId\": 9001, \"workoutId\": 8001, \"date\": \"2024-03-05\"}]")));
        GarminDestination garmin = GarminDestination.at(server.baseUrl(), SHORT, CLOCK);

        DestinationResult workout = garmin.syncWorkout(WorkoutSamples.call(permits), WorkoutSamples.push(Optional.empty()));
        DestinationResult schedule = garmin.syncScheduledWorkout(WorkoutSamples.call(permits),
                WorkoutSamples.schedule(Optional.of("8001"), Optional.empty(), false));
        DestinationResult recovered = garmin.syncScheduledWorkout(WorkoutSamples.call(permits),
                WorkoutSamples.schedule(Optional.of("8001"), Optional.empty(), true));

        assertThat(workout).isEqualTo(new DestinationResult.Synced("8001"));
        assertThat(schedule).isEqualTo(new DestinationResult.Synced("9001"));
        assertThat(recovered).isEqualTo(new DestinationResult.Synced("9001"));
        List<RecordedRequest> requests = server.requests();
        assertThat(requests).extracting(r -> r.getMethod() + " " + r.getRequestUrl().encodedPath()).containsExactly(
                "POST /workoutportal/workout/v2", "POST /training-api/schedule/", "GET /training-api/schedule",
                "PUT /training-api/schedule/9001");
        JsonNode body = JSON.readTree(requests.get(0).getBody().readUtf8());
        assertThat(body.path("sport").asText()).isEqualTo("CYCLING");
        JsonNode steps = body.path("segments").get(0).path("steps");
        assertThat(steps.get(0).path("intensity").asText()).isEqualTo("WARMUP");
        assertThat(steps.get(0).path("durationType").asText()).isEqualTo("TIME");
        assertThat(steps.get(0).path("targetValueType").asText()).isEqualTo("PERCENT");
        assertThat(steps.get(1).path("type").asText()).isEqualTo("WorkoutRepeatStep");
        assertThat(steps.get(1).path("repeatValue").asInt()).isEqualTo(4);
        assertThat(steps.get(1).path("steps").get(0).path("stepOrder").asInt()).isEqualTo(3);
        JsonNode scheduleBody = JSON.readTree(requests.get(1).getBody().readUtf8());
        assertThat(scheduleBody.path("workoutId").asLong()).isEqualTo(8001);
        assertThat(scheduleBody.path("date").asText()).isEqualTo("2024-03-05");
    }

    private static Map<String, String> form(RecordedRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : request.getBody().clone().readUtf8().split("&")) {
            String[] parts = pair.split("=", 2);
            fields.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return fields;
    }
}

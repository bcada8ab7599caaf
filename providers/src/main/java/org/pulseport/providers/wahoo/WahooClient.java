package org.pulseport.providers.wahoo;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Optional;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import org.pulseport.core.connector.RequestPermits;
import org.pulseport.providers.http.JsonFields;
import org.pulseport.providers.http.MalformedRecordException;
import org.pulseport.providers.workouts.PacedApi;

/**
 * The Wahoo Cloud API calls of the workout queue: plans ({@code /v1/plans}, form fields {@code plan[file]} as a
 * base64 data URL, {@code plan[external_id]}, {@code plan[provider_updated_at]}) and calendar workouts
 * ({@code /v1/workouts}, {@code workout[...]} form fields, {@code workout_token} identifying Pulseport's copy).
 */
public final class WahooClient {

    private final PacedApi api;

    public WahooClient(PacedApi api) {
        this.api = api;
    }

    /** The plan with this external id, if the user's library holds one. */
    public Optional<String> findPlan(RequestPermits permits, String token, String externalId) {
        JsonNode plans = api.get(permits, token, api.url("v1/plans").addQueryParameter("external_id", externalId).build());
        for (JsonNode plan : plans) {
            if (externalId.equals(plan.path("external_id").asText())) {
                return Optional.of(id(plan));
            }
        }
        return Optional.empty();
    }

    public String createPlan(RequestPermits permits, String token, JsonNode planFile, String externalId, Instant updatedAt) {
        FormBody body = planForm(planFile, updatedAt).add("plan[external_id]", externalId).build();
        return id(api.post(permits, token, api.url("v1/plans").build(), body));
    }

    public String updatePlan(RequestPermits permits, String token, String planId, JsonNode planFile, Instant updatedAt) {
        return id(api.put(permits, token, api.url("v1/plans").addPathSegment(planId).build(), planForm(planFile, updatedAt).build()));
    }

    public void deletePlan(RequestPermits permits, String token, String planId) {
        api.delete(permits, token, api.url("v1/plans").addPathSegment(planId).build());
    }

    /** Pulseport's calendar workout with this token among the user's most recent ones (newest start first). */
    public Optional<String> findWorkout(RequestPermits permits, String token, String workoutToken) {
        HttpUrl url = api.url("v1/workouts").addQueryParameter("page", "1").addQueryParameter("per_page", "100").build();
        for (JsonNode workout : JsonFields.array(api.get(permits, token, url), "workouts")) {
            if (workoutToken.equals(workout.path("workout_token").asText())) {
                return Optional.of(id(workout));
            }
        }
        return Optional.empty();
    }

    public String createWorkout(RequestPermits permits, String token, CalendarWorkout workout) {
        return id(api.post(permits, token, api.url("v1/workouts").build(), workoutForm(workout)));
    }

    public String updateWorkout(RequestPermits permits, String token, String workoutId, CalendarWorkout workout) {
        return id(api.put(permits, token, api.url("v1/workouts").addPathSegment(workoutId).build(), workoutForm(workout)));
    }

    public void deleteWorkout(RequestPermits permits, String token, String workoutId) {
        api.delete(permits, token, api.url("v1/workouts").addPathSegment(workoutId).build());
    }

    /** The fields of a calendar workout. */
    public record CalendarWorkout(String name, String workoutToken, int workoutTypeId, ZonedDateTime starts,
                                  long minutes, String planId) {
    }

    private static FormBody.Builder planForm(JsonNode planFile, Instant updatedAt) {
        String encoded = Base64.getEncoder().encodeToString(planFile.toString().getBytes(StandardCharsets.UTF_8));
        return new FormBody.Builder()
                .add("plan[file]", "data:application/json;base64," + encoded)
                .add("plan[filename]", "plan.json")
                .add("plan[provider_updated_at]", updatedAt.toString());
    }

    private static FormBody workoutForm(CalendarWorkout workout) {
        return new FormBody.Builder()
                .add("workout[name]", workout.name())
                .add("workout[workout_token]", workout.workoutToken())
                .add("workout[workout_type_id]", String.valueOf(workout.workoutTypeId()))
                .add("workout[starts]", workout.starts().toInstant().toString())
                .add("workout[minutes]", String.valueOf(workout.minutes()))
                .add("workout[plan_id]", workout.planId())
                .build();
    }

    private static String id(JsonNode node) {
        JsonNode id = node.path("id");
        if (!id.isIntegralNumber() && !id.isTextual()) {
            throw new MalformedRecordException("missing id");
        }
        return id.asText();
    }
}

package org.pulseport.providers.garmin;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.workout.sync.DestinationCall;
import org.pulseport.core.workout.sync.DestinationResult;
import org.pulseport.core.workout.sync.SchedulePush;
import org.pulseport.core.workout.sync.WorkoutPush;
import org.pulseport.providers.http.BearerToken;
import org.pulseport.providers.http.HttpTimeouts;
import org.pulseport.providers.http.JsonApi;
import org.pulseport.providers.http.MalformedRecordException;
import org.pulseport.providers.http.ProviderSettings;
import org.pulseport.providers.http.RetryAfter;
import org.pulseport.providers.oauth.OAuthRegistration;
import org.pulseport.providers.oauth.Revocation;
import org.pulseport.providers.workouts.CloudWorkoutDestination;
import org.pulseport.providers.workouts.PacedApi;

/**
 * Garmin Connect Training API V2 (partner access: Garmin must approve the application; the base URL is
 * configurable with {@code PULSEPORT_GARMIN_API_URL}). Workouts are created with {@code POST
 * /workoutportal/workout/v2} and updated or deleted at {@code /training-api/workout/v2/{id}}; a scheduled workout is
 * a schedule ({@code /training-api/schedule}, {@code {workoutId, date}}). When a schedule create is in doubt, the
 * schedules of that day are searched for the workout before creating another. Users connect through Garmin's
 * OAuth2 with PKCE; Garmin grants the permissions configured for the application (no scopes are requested), and
 * disconnecting deletes the user's registration ({@code DELETE /wellness-api/rest/user/registration}).
 */
public final class GarminDestination extends CloudWorkoutDestination {

    public static final String ID = "garmin";

    /** Garmin's production endpoints (partner program). */
    public static final ProviderSettings.Defaults DEFAULTS = new ProviderSettings.Defaults(
            "https://apis.garmin.com", "https://connect.garmin.com/oauth2Confirm",
            "https://diauth.garmin.com/di-oauth2-service/oauth/token");

    private final PacedApi api;
    private final GarminWorkoutMapper mapper;

    public GarminDestination(ProviderSettings settings, HttpTimeouts timeouts, Clock clock) {
        super(ID, "Garmin Connect", new OAuthRegistration(settings, List.of(), true,
                new Revocation.BearerDelete(settings.apiUrl() + "/wellness-api/rest/user/registration")));
        JsonApi json = JsonApi.create(ID, timeouts);
        this.api = new PacedApi(json, new RetryAfter(clock), settings.apiHttpUrl());
        this.mapper = new GarminWorkoutMapper(json.mapper());
    }

    public static GarminDestination at(String apiUrl, HttpTimeouts timeouts, Clock clock) {
        return new GarminDestination(ProviderSettings.fromEnvironment(ID, DEFAULTS,
                Map.of("PULSEPORT_GARMIN_API_URL", apiUrl)), timeouts, clock);
    }

    @Override
    protected DestinationResult pushWorkout(DestinationCall call, WorkoutPush push) {
        String token = BearerToken.of(call.credentials(), ID);
        JsonNode body = mapper.workout(push.workout());
        if (push.remoteId().isPresent()) {
            api.put(call.permits(), token, api.url("training-api/workout/v2").addPathSegment(push.remoteId().get()).build(),
                    JsonApi.jsonBody(body));
            return new DestinationResult.Synced(push.remoteId().get());
        }
        JsonNode created = api.post(call.permits(), token, api.url("workoutportal/workout/v2").build(), JsonApi.jsonBody(body));
        return new DestinationResult.Synced(id(created, "workoutId"));
    }

    @Override
    protected DestinationResult pushSchedule(DestinationCall call, SchedulePush push) {
        Optional<String> workoutId = push.workoutRemoteId();
        if (workoutId.isEmpty()) {
            return new DestinationResult.Failed(new PulseportError.ProviderError(
                    "the workout of scheduled workout " + push.scheduledId() + " is not on Garmin Connect yet"));
        }
        String token = BearerToken.of(call.credentials(), ID);
        JsonNode body = mapper.schedule(workoutId.get(), push.day());
        Optional<String> existing = push.remoteId();
        if (existing.isEmpty() && push.inDoubt()) {
            existing = findSchedule(call, token, workoutId.get(), push);
        }
        if (existing.isPresent()) {
            api.put(call.permits(), token, api.url("training-api/schedule").addPathSegment(existing.get()).build(),
                    JsonApi.jsonBody(body));
            return new DestinationResult.Synced(existing.get());
        }
        JsonNode created = api.post(call.permits(), token, api.url("training-api/schedule/").build(), JsonApi.jsonBody(body));
        return new DestinationResult.Synced(id(created, "workoutScheduleId"));
    }

    private Optional<String> findSchedule(DestinationCall call, String token, String workoutId, SchedulePush push) {
        String day = push.day().toString();
        JsonNode schedules = api.get(call.permits(), token, api.url("training-api/schedule")
                .addQueryParameter("startDate", day).addQueryParameter("endDate", day).build());
        for (JsonNode schedule : schedules) {
            if (workoutId.equals(schedule.path("workoutId").asText())) {
                return Optional.of(id(schedule, "workoutScheduleId"));
            }
        }
        return Optional.empty();
    }

    @Override
    protected DestinationResult removeWorkout(DestinationCall call, String remoteId) {
        api.delete(call.permits(), BearerToken.of(call.credentials(), ID),
                api.url("training-api/workout/v2").addPathSegment(remoteId).build());
        return new DestinationResult.Deleted();
    }

    @Override
    protected DestinationResult removeSchedule(DestinationCall call, String remoteId) {
        api.delete(call.permits(), BearerToken.of(call.credentials(), ID),
                api.url("training-api/schedule").addPathSegment(remoteId).build());
        return new DestinationResult.Deleted();
    }

    /** An id field of an answer, or the answer itself when Garmin sends the bare number. */
    private static String id(JsonNode answer, String field) {
        JsonNode id = answer.isNumber() || answer.isTextual() ? answer : answer.path(field);
        if (!id.isNumber() && !(id.isTextual() && !id.asText().isBlank())) {
            throw new MalformedRecordException("missing " + field);
        }
        return id.asText();
    }
}

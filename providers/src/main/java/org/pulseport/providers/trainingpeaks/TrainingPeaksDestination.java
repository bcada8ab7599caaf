package org.pulseport.providers.trainingpeaks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.pulseport.core.workout.sync.DestinationCall;
import org.pulseport.core.workout.sync.DestinationResult;
import org.pulseport.core.workout.sync.SchedulePush;
import org.pulseport.core.workout.sync.WorkoutPush;
import org.pulseport.providers.http.BearerToken;
import org.pulseport.providers.http.HttpTimeouts;
import org.pulseport.providers.http.JsonApi;
import org.pulseport.providers.http.JsonFields;
import org.pulseport.providers.http.ProviderSettings;
import org.pulseport.providers.http.RetryAfter;
import org.pulseport.providers.oauth.OAuthRegistration;
import org.pulseport.providers.oauth.Revocation;
import org.pulseport.providers.workouts.CloudWorkoutDestination;
import org.pulseport.providers.workouts.PacedApi;

/**
 * TrainingPeaks Partner API: TrainingPeaks keeps workouts on the athlete's calendar only, so a library workout
 * has nothing to send ({@link DestinationResult.NotApplicable}) and each scheduled workout becomes a planned
 * workout ({@code POST /v2/workouts/plan}, updated with {@code PUT /v2/workouts/plan/{id}}, removed with
 * {@code DELETE /v2/workouts/id/{id}}) carrying its structure. The athlete id comes from
 * {@code GET /v1/athlete/profile}. Users connect through OAuth2 without PKCE ({@link #SCOPES}); the partner API has
 * no revocation call Pulseport can make for the user, so they remove the app in their TrainingPeaks settings.
 */
public final class TrainingPeaksDestination extends CloudWorkoutDestination {

    public static final String ID = "trainingpeaks";

    /** TrainingPeaks' documented production endpoints. */
    public static final ProviderSettings.Defaults DEFAULTS = new ProviderSettings.Defaults(
            "https://api.trainingpeaks.com", "https://oauth.trainingpeaks.com/OAuth/Authorize",
            "https://oauth.trainingpeaks.com/oauth/token");

    /** Reading the athlete's profile (its id) and planning workouts on the athlete's calendar. */
    public static final List<String> SCOPES = List.of("athlete:profile", "workouts:plan");

    private final PacedApi api;
    private final TrainingPeaksStructureMapper mapper;

    public TrainingPeaksDestination(ProviderSettings settings, HttpTimeouts timeouts, Clock clock) {
        super(ID, "TrainingPeaks", new OAuthRegistration(settings, SCOPES, false, new Revocation.Unsupported()));
        JsonApi json = JsonApi.create(ID, timeouts);
        this.api = new PacedApi(json, new RetryAfter(clock), settings.apiHttpUrl());
        this.mapper = new TrainingPeaksStructureMapper(json.mapper());
    }

    public static TrainingPeaksDestination at(String apiUrl, HttpTimeouts timeouts, Clock clock) {
        return new TrainingPeaksDestination(ProviderSettings.fromEnvironment(ID, DEFAULTS,
                Map.of("PULSEPORT_TRAININGPEAKS_API_URL", apiUrl)), timeouts, clock);
    }

    @Override
    protected DestinationResult pushWorkout(DestinationCall call, WorkoutPush push) {
        return new DestinationResult.NotApplicable("TrainingPeaks keeps dated workouts only; it receives this workout"
                + " when it is scheduled");
    }

    @Override
    protected DestinationResult pushSchedule(DestinationCall call, SchedulePush push) {
        String token = BearerToken.of(call.credentials(), ID);
        JsonNode profile = api.get(call.permits(), token, api.url("v1/athlete/profile").build());
        long athleteId = (long) JsonFields.number(profile, "Id");
        JsonNode body = mapper.plannedWorkout(athleteId, push);
        JsonNode answer = push.remoteId().isPresent()
                ? api.put(call.permits(), token, api.url("v2/workouts/plan").addPathSegment(push.remoteId().get()).build(),
                JsonApi.jsonBody(body))
                : api.post(call.permits(), token, api.url("v2/workouts/plan").build(), JsonApi.jsonBody(body));
        return new DestinationResult.Synced(push.remoteId().orElseGet(() -> String.valueOf((long) JsonFields.number(answer, "Id"))));
    }

    @Override
    protected DestinationResult removeWorkout(DestinationCall call, String remoteId) {
        return new DestinationResult.NotApplicable("TrainingPeaks holds no library copy");
    }

    @Override
    protected DestinationResult removeSchedule(DestinationCall call, String remoteId) {
        api.delete(call.permits(), BearerToken.of(call.credentials(), ID),
                api.url("v2/workouts/id").addPathSegment(remoteId).build());
        return new DestinationResult.Deleted();
    }
}

package org.pulseport.providers.wahoo;

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
import org.pulseport.providers.http.ProviderSettings;
import org.pulseport.providers.http.RetryAfter;
import org.pulseport.providers.oauth.OAuthRegistration;
import org.pulseport.providers.oauth.Revocation;
import org.pulseport.providers.workouts.CloudWorkoutDestination;
import org.pulseport.providers.workouts.PacedApi;
import org.pulseport.providers.workouts.WorkoutSeconds;

/**
 * Wahoo Cloud API (ELEMNT, KICKR, SYSTM): a workout becomes a plan in the user's library, keyed by
 * {@code external_id}, so a create always first looks the plan up and never makes a second copy; a scheduled
 * workout becomes a calendar workout pointing at that plan, with Pulseport's id as {@code workout_token}. Users
 * connect through OAuth2 with PKCE ({@link #SCOPES}); disconnecting deletes the app's permission
 * ({@code DELETE /v1/permissions}).
 */
public final class WahooDestination extends CloudWorkoutDestination {

    public static final String ID = "wahoo";

    /** Wahoo's documented production endpoints. */
    public static final ProviderSettings.Defaults DEFAULTS = new ProviderSettings.Defaults(
            "https://api.wahooligan.com", "https://api.wahooligan.com/oauth/authorize",
            "https://api.wahooligan.com/oauth/token");

    /** The workouts and plans the queue reads and writes, the user's id, and a refresh token ({@code offline_data}). */
    public static final List<String> SCOPES = List.of("workouts_read", "workouts_write", "plans_read", "plans_write",
            "offline_data", "user_read");

    private final WahooClient client;
    private final WahooPlanMapper mapper;

    public WahooDestination(ProviderSettings settings, HttpTimeouts timeouts, Clock clock) {
        super(ID, "Wahoo", new OAuthRegistration(settings, SCOPES, true,
                new Revocation.BearerDelete(settings.apiUrl() + "/v1/permissions")));
        JsonApi api = JsonApi.create(ID, timeouts);
        this.client = new WahooClient(new PacedApi(api, new RetryAfter(clock), settings.apiHttpUrl()));
        this.mapper = new WahooPlanMapper(api.mapper());
    }

    /** Settings from an environment map (tests point the API URL at a mock server). */
    public static WahooDestination at(String apiUrl, HttpTimeouts timeouts, Clock clock) {
        return new WahooDestination(ProviderSettings.fromEnvironment(ID, DEFAULTS, Map.of("PULSEPORT_WAHOO_API_URL", apiUrl)),
                timeouts, clock);
    }

    @Override
    protected DestinationResult pushWorkout(DestinationCall call, WorkoutPush push) {
        String token = BearerToken.of(call.credentials(), ID);
        Optional<String> existing = push.remoteId().or(() -> client.findPlan(call.permits(), token, push.idempotencyKey()));
        var file = mapper.plan(push.workout());
        String planId = existing.isPresent()
                ? client.updatePlan(call.permits(), token, existing.get(), file, push.updatedAt())
                : client.createPlan(call.permits(), token, file, push.idempotencyKey(), push.updatedAt());
        return new DestinationResult.Synced(planId);
    }

    @Override
    protected DestinationResult pushSchedule(DestinationCall call, SchedulePush push) {
        Optional<String> planId = push.workoutRemoteId();
        if (planId.isEmpty()) {
            return new DestinationResult.Failed(new PulseportError.ProviderError(
                    "the workout of scheduled workout " + push.scheduledId() + " is not in the Wahoo library yet"));
        }
        String token = BearerToken.of(call.credentials(), ID);
        WahooClient.CalendarWorkout workout = new WahooClient.CalendarWorkout(push.workout().workout().name(),
                push.idempotencyKey(), WahooPlanMapper.workoutType(push.workout().workout().sport()), push.startsAt(),
                Math.max(1, (WorkoutSeconds.of(push.workout().workout()) + 59) / 60), planId.get());
        Optional<String> existing = push.remoteId();
        if (existing.isEmpty() && push.inDoubt()) {
            existing = client.findWorkout(call.permits(), token, push.idempotencyKey());
        }
        String id = existing.isPresent()
                ? client.updateWorkout(call.permits(), token, existing.get(), workout)
                : client.createWorkout(call.permits(), token, workout);
        return new DestinationResult.Synced(id);
    }

    @Override
    protected DestinationResult removeWorkout(DestinationCall call, String remoteId) {
        client.deletePlan(call.permits(), BearerToken.of(call.credentials(), ID), remoteId);
        return new DestinationResult.Deleted();
    }

    @Override
    protected DestinationResult removeSchedule(DestinationCall call, String remoteId) {
        client.deleteWorkout(call.permits(), BearerToken.of(call.credentials(), ID), remoteId);
        return new DestinationResult.Deleted();
    }
}

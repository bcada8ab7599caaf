package org.pulseport.app.engine.workouts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pulseport.core.workout.sync.WorkoutDestination;
import org.pulseport.providers.garmin.GarminDestination;
import org.pulseport.providers.http.HttpTimeouts;
import org.pulseport.providers.http.ProviderSettings;
import org.pulseport.providers.trainingpeaks.TrainingPeaksDestination;
import org.pulseport.providers.wahoo.WahooDestination;
import org.pulseport.providers.workouts.CloudWorkoutDestination;

/** The destinations the queue knows, by provider id. Adding one = adding it here (see docs/workout-sync.md). */
public final class WorkoutDestinations {

    private final Map<String, WorkoutDestination> byId = new LinkedHashMap<>();

    public WorkoutDestinations(List<WorkoutDestination> destinations) {
        destinations.forEach(d -> byId.put(d.id(), d));
    }

    /**
     * Wahoo, TrainingPeaks and Garmin Connect configured from {@code environment} ({@code PULSEPORT_<P>_API_URL},
     * {@code _AUTH_URL}, {@code _TOKEN_URL}, {@code _CLIENT_ID}, {@code _CLIENT_SECRET}): the destinations users
     * connect in Connections.
     */
    public static List<CloudWorkoutDestination> cloud(Map<String, String> environment, Clock clock) {
        return List.of(
                new WahooDestination(ProviderSettings.fromEnvironment(WahooDestination.ID, WahooDestination.DEFAULTS,
                        environment), HttpTimeouts.STANDARD, clock),
                new TrainingPeaksDestination(ProviderSettings.fromEnvironment(TrainingPeaksDestination.ID,
                        TrainingPeaksDestination.DEFAULTS, environment), HttpTimeouts.STANDARD, clock),
                new GarminDestination(ProviderSettings.fromEnvironment(GarminDestination.ID, GarminDestination.DEFAULTS,
                        environment), HttpTimeouts.STANDARD, clock));
    }

    /** The cloud destinations followed by the two USB head units. */
    public static WorkoutDestinations standard(List<CloudWorkoutDestination> cloud, HeadUnitWorkoutWriter headUnits) {
        List<WorkoutDestination> all = new ArrayList<>(cloud);
        all.add(new HeadUnitDestination("garmin", "Garmin head unit", headUnits));
        all.add(new HeadUnitDestination("wahoo", "Wahoo ELEMNT", headUnits));
        return new WorkoutDestinations(all);
    }

    public Optional<WorkoutDestination> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<WorkoutDestination> all() {
        return byId.values();
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }
}

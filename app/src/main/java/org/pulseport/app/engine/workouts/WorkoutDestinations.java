package org.pulseport.app.engine.workouts;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pulseport.core.workout.sync.WorkoutDestination;
import org.pulseport.providers.garmin.GarminDestination;
import org.pulseport.providers.trainingpeaks.TrainingPeaksDestination;
import org.pulseport.providers.wahoo.WahooDestination;

/** The destinations the queue knows, by provider id. Adding one = adding it here (see docs/workout-sync.md). */
public final class WorkoutDestinations {

    private final Map<String, WorkoutDestination> byId = new LinkedHashMap<>();

    public WorkoutDestinations(List<WorkoutDestination> destinations) {
        destinations.forEach(d -> byId.put(d.id(), d));
    }

    /** Wahoo, TrainingPeaks and Garmin Connect from the environment, and the two USB head units. */
    public static WorkoutDestinations standard(HeadUnitWorkoutWriter headUnits) {
        return new WorkoutDestinations(List.of(new WahooDestination(), new TrainingPeaksDestination(),
                new GarminDestination(), new HeadUnitDestination("garmin", "Garmin head unit", headUnits),
                new HeadUnitDestination("wahoo", "Wahoo ELEMNT", headUnits)));
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

package org.pulseport.app.engine.workouts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.pulseport.core.workout.sync.DestinationCall;
import org.pulseport.core.workout.sync.DestinationResult;
import org.pulseport.core.workout.sync.SchedulePush;
import org.pulseport.core.workout.sync.WorkoutDestination;
import org.pulseport.core.workout.sync.WorkoutPush;

/** A destination answering from a script (then "synced as remote-N"), recording each call. */
final class ScriptedDestination implements WorkoutDestination {

    private final String id;
    private final Deque<DestinationResult> script = new ArrayDeque<>();
    final List<String> calls = new ArrayList<>();
    private int created;

    ScriptedDestination(String id) {
        this.id = id;
    }

    ScriptedDestination then(DestinationResult... results) {
        script.addAll(List.of(results));
        return this;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String displayName() {
        return id;
    }

    @Override
    public synchronized DestinationResult syncWorkout(DestinationCall call, WorkoutPush push) {
        calls.add("syncWorkout " + push.remoteId().orElse("new"));
        return next();
    }

    @Override
    public synchronized DestinationResult syncScheduledWorkout(DestinationCall call, SchedulePush push) {
        calls.add("syncScheduledWorkout " + push.remoteId().orElse("new") + " of " + push.workoutRemoteId().orElse("none"));
        return next();
    }

    @Override
    public synchronized DestinationResult deleteWorkout(DestinationCall call, String remoteId) {
        calls.add("deleteWorkout " + remoteId);
        return script.isEmpty() ? new DestinationResult.Deleted() : script.poll();
    }

    @Override
    public synchronized DestinationResult deleteScheduledWorkout(DestinationCall call, String remoteId) {
        calls.add("deleteScheduledWorkout " + remoteId);
        return script.isEmpty() ? new DestinationResult.Deleted() : script.poll();
    }

    private DestinationResult next() {
        return script.isEmpty() ? new DestinationResult.Synced("remote-" + (++created)) : script.poll();
    }
}

package org.pulseport.app.engine.workouts;

import java.util.Set;
import org.pulseport.app.store.UploadTargetRepository;

/** The default {@link UploadTargets}: the profile's rows in {@code workout_upload_targets}, set in the CLI or UI. */
public final class TableUploadTargets implements UploadTargets {

    private final UploadTargetRepository repository;

    public TableUploadTargets(UploadTargetRepository repository) {
        this.repository = repository;
    }

    @Override
    public Set<String> enabledProviders(long profileId) {
        return repository.providers(profileId);
    }

    public void replace(long profileId, Set<String> providers) {
        repository.replace(profileId, providers);
    }
}

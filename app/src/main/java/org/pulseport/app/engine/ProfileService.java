package org.pulseport.app.engine;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.pulseport.app.store.ProfileRepository;
import org.pulseport.core.model.Profile;

/** Creating and finding profiles, with the rules a name must follow. */
public final class ProfileService {

    static final int MAX_NAME_LENGTH = 100;

    private final ProfileRepository repository;
    private final Clock clock;

    public ProfileService(ProfileRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public List<Profile> list() {
        return repository.findAll();
    }

    public Optional<Profile> find(String name) {
        return repository.findByName(name.strip());
    }

    public Optional<Profile> find(long id) {
        return repository.findById(id);
    }

    /** Creates a profile in the given time zone, or says why not. */
    public ProfileCreation create(String rawName, ZoneId zone) {
        String name = rawName == null ? "" : rawName.strip();
        if (name.isEmpty()) {
            return new ProfileCreation.Rejected("A profile needs a name.");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            return new ProfileCreation.Rejected("A profile name can have at most " + MAX_NAME_LENGTH + " characters.");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return new ProfileCreation.Rejected("A profile name cannot contain control characters.");
        }
        if (repository.findByName(name).isPresent()) {
            return new ProfileCreation.Rejected("A profile named \"" + name + "\" already exists.");
        }
        return new ProfileCreation.Created(repository.create(name, zone, clock.instant()));
    }

    /** Changes the time zone local days are computed in. */
    public Profile changeTimeZone(long profileId, ZoneId zone) {
        return repository.changeTimeZone(profileId, zone)
                .orElseThrow(() -> new IllegalArgumentException("The profile no longer exists."));
    }

    /** The profile with this name, created in the given zone if it does not exist yet. */
    public Profile ensure(String name, ZoneId zone) {
        return find(name).orElseGet(() -> {
            ProfileCreation result = create(name, zone);
            if (result instanceof ProfileCreation.Created created) {
                return created.profile();
            }
            throw new IllegalArgumentException(((ProfileCreation.Rejected) result).reason());
        });
    }
}

package org.pulseport.app.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.pulseport.app.engine.ProfileService;
import org.pulseport.core.model.Profile;

/** Resolves a {@code --profile NAME} option, with a message listing the profiles when the name is unknown. */
final class ProfileOption {

    private ProfileOption() {
    }

    static Profile require(ProfileService profiles, String name) {
        return profiles.find(name).orElseThrow(() -> new IllegalArgumentException(unknown(profiles.list(), name)));
    }

    private static String unknown(List<Profile> all, String name) {
        return all.isEmpty() ? "No profile named \"" + name + "\": there are no profiles yet (pulseport profiles create NAME)."
                : "No profile named \"" + name + "\". Profiles: " + all.stream().map(Profile::name).collect(Collectors.joining(", "));
    }
}

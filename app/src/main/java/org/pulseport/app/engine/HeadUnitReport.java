package org.pulseport.app.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pulseport.core.model.Profile;
import org.pulseport.devices.headunit.HeadUnit;

/**
 * What one connection of a head unit did: the profile it is paired with (empty: not paired, nothing imported),
 * each new activity file's import, and the problems met (files that could not be copied).
 */
public record HeadUnitReport(HeadUnit unit, Optional<Profile> profile, List<ActivityImportResult> imports,
                             List<String> problems) {

    public HeadUnitReport {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(profile, "profile");
        imports = List.copyOf(imports);
        problems = List.copyOf(problems);
    }

    public long imported() {
        return imports.stream().filter(ActivityImportResult.Imported.class::isInstance).count();
    }

    /** One line for the status bar, the log and the CLI. */
    public String summary() {
        if (profile.isEmpty()) {
            return unit.displayName() + " is not paired with a profile yet: pair it in Devices or run"
                    + " 'pulseport headunit --profile NAME'.";
        }
        return unit.displayName() + " (" + profile.get().name() + "): " + imported() + " new "
                + (imported() == 1 ? "activity" : "activities") + " imported"
                + (problems.isEmpty() ? "." : ", " + problems.size() + " problem(s): " + String.join("; ", problems));
    }
}

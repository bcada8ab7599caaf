package org.pulseport.app.cli;

import org.pulseport.app.AppContext;
import org.pulseport.app.engine.CloudProvider;
import org.pulseport.core.model.Profile;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code PROVIDER --profile NAME} arguments of {@code connect}, {@code disconnect} and {@code connections upload}. */
final class ProviderOfProfile {

    @Parameters(index = "0", paramLabel = "PROVIDER", description = "A data source (oura, whoop, dexcom, librelinkup) or a workout destination (wahoo, trainingpeaks, garmin).")
    private String providerId;

    @Option(names = "--profile", paramLabel = "NAME", required = true, description = "The profile the account belongs to.")
    private String profileName;

    /** The named profile and provider, or an error listing the ones that exist. */
    Resolved resolve(AppContext context) {
        return new Resolved(ProfileOption.require(context.profiles(), profileName),
                context.connections().provider(providerId));
    }

    /** A profile and one of its possible connections. */
    record Resolved(Profile profile, CloudProvider provider) {
    }
}

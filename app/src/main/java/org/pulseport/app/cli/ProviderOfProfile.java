package org.pulseport.app.cli;

import org.pulseport.app.AppContext;
import org.pulseport.app.engine.CloudProvider;
import org.pulseport.core.model.Profile;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code PROVIDER --profile NAME} arguments of {@code connect} and {@code disconnect}. */
final class ProviderOfProfile {

    @Parameters(index = "0", paramLabel = "PROVIDER", description = "oura, whoop, dexcom or librelinkup")
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

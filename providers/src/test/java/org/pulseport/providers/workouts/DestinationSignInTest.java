package org.pulseport.providers.workouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pulseport.providers.garmin.GarminDestination;
import org.pulseport.providers.http.ConfigurationStatus;
import org.pulseport.providers.http.HttpTimeouts;
import org.pulseport.providers.http.ProviderSettings;
import org.pulseport.providers.oauth.OAuthClientConfig;
import org.pulseport.providers.oauth.Revocation;
import org.pulseport.providers.trainingpeaks.TrainingPeaksDestination;
import org.pulseport.providers.wahoo.WahooDestination;

/** How users sign in to each cloud destination: endpoints, scopes, PKCE and revocation from the settings. */
class DestinationSignInTest {

    private static final Map<String, String> ENV = Map.of(
            "PULSEPORT_WAHOO_CLIENT_ID", "w-id", "PULSEPORT_WAHOO_CLIENT_SECRET", "w-secret",
            "PULSEPORT_TRAININGPEAKS_CLIENT_ID", "tp-id", "PULSEPORT_TRAININGPEAKS_CLIENT_SECRET", "tp-secret",
            "PULSEPORT_GARMIN_CLIENT_ID", "g-id", "PULSEPORT_GARMIN_CLIENT_SECRET", "g-secret",
            "PULSEPORT_GARMIN_API_URL", "https://garmin.example");

    private static ProviderSettings settings(String id, ProviderSettings.Defaults defaults) {
        return ProviderSettings.fromEnvironment(id, defaults, ENV);
    }

    @Test
    void wahooUsesPkceWithTheWorkoutAndPlanScopesAndDeletesItsPermissionOnDisconnect() {
        OAuthClientConfig wahoo = new WahooDestination(settings(WahooDestination.ID, WahooDestination.DEFAULTS),
                HttpTimeouts.STANDARD, Clock.systemUTC()).oauthClient().orElseThrow();

        assertThat(wahoo.authorizeUrl()).isEqualTo("https://api.wahooligan.com/oauth/authorize");
        assertThat(wahoo.tokenUrl()).isEqualTo("https://api.wahooligan.com/oauth/token");
        assertThat(wahoo.scopes()).containsExactly("workouts_read", "workouts_write", "plans_read", "plans_write",
                "offline_data", "user_read");
        assertThat(wahoo.pkce()).isTrue();
        assertThat(wahoo.revocation()).isEqualTo(new Revocation.BearerDelete("https://api.wahooligan.com/v1/permissions"));
        assertThat(wahoo.clientId()).isEqualTo("w-id");
    }

    @Test
    void trainingPeaksAsksForProfileAndPlanningWithoutPkce() {
        OAuthClientConfig tp = new TrainingPeaksDestination(settings(TrainingPeaksDestination.ID,
                TrainingPeaksDestination.DEFAULTS), HttpTimeouts.STANDARD, Clock.systemUTC()).oauthClient().orElseThrow();

        assertThat(tp.authorizeUrl()).isEqualTo("https://oauth.trainingpeaks.com/OAuth/Authorize");
        assertThat(tp.scopes()).containsExactly("athlete:profile", "workouts:plan");
        assertThat(tp.pkce()).isFalse();
        assertThat(tp.revocation()).isEqualTo(new Revocation.Unsupported());
    }

    @Test
    void garminUsesPkceAndDeletesTheUserRegistrationAtTheConfiguredApi() {
        OAuthClientConfig garmin = new GarminDestination(settings(GarminDestination.ID, GarminDestination.DEFAULTS),
                HttpTimeouts.STANDARD, Clock.systemUTC()).oauthClient().orElseThrow();

        assertThat(garmin.authorizeUrl()).isEqualTo("https://connect.garmin.com/oauth2Confirm");
        assertThat(garmin.scopes()).isEmpty();
        assertThat(garmin.pkce()).isTrue();
        assertThat(garmin.revocation())
                .isEqualTo(new Revocation.BearerDelete("https://garmin.example/wellness-api/rest/user/registration"));
    }

    @Test
    void withoutClientCredentialsADestinationSaysHowToConfigureIt() {
        WahooDestination wahoo = WahooDestination.at("http://localhost:1", HttpTimeouts.STANDARD, Clock.systemUTC());

        assertThat(wahoo.oauthClient()).isEmpty();
        assertThat(wahoo.configuration()).isInstanceOfSatisfying(ConfigurationStatus.NotConfigured.class,
                missing -> assertThat(missing.howToConfigure())
                        .contains("PULSEPORT_WAHOO_CLIENT_ID and PULSEPORT_WAHOO_CLIENT_SECRET"));
    }
}

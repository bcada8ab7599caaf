package org.pulseport.providers.whoop;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.pulseport.core.connector.FetchRequest;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Sample;
import org.pulseport.providers.http.BearerToken;
import org.pulseport.providers.http.HttpTimeouts;
import org.pulseport.providers.http.JsonApi;
import org.pulseport.providers.http.PageSource;
import org.pulseport.providers.http.Paging;
import org.pulseport.providers.http.ProviderSettings;
import org.pulseport.providers.http.RecordMapping;
import org.pulseport.providers.oauth.OAuthRegistration;
import org.pulseport.providers.oauth.OAuthConnector;
import org.pulseport.providers.oauth.Revocation;

/**
 * WHOOP through the WHOOP API v2: cycles (strain), recoveries, sleeps, workouts and the current body
 * measurement. The {@code offline} scope is requested so that WHOOP issues a refresh token.
 */
public final class WhoopConnector extends OAuthConnector {

    public static final String ID = "whoop";

    /** WHOOP's documented production endpoints. */
    public static final ProviderSettings.Defaults DEFAULTS = new ProviderSettings.Defaults(
            "https://api.prod.whoop.com/developer", "https://api.prod.whoop.com/oauth/oauth2/auth",
            "https://api.prod.whoop.com/oauth/oauth2/token");

    /** Read scopes of the collections, the body measurement scope, and {@code offline} for refresh tokens. */
    public static final List<String> SCOPES = List.of("read:cycles", "read:recovery", "read:sleep", "read:workout",
            WhoopClient.BODY_MEASUREMENT_SCOPE, "offline");

    private final ProviderSettings settings;
    private final JsonApi api;
    private final Clock clock;
    private final WhoopMapper mapper = new WhoopMapper();

    /** The connector as the service loader creates it: settings from the environment, 30 s timeouts. */
    public WhoopConnector() {
        this(ProviderSettings.fromEnvironment(ID, DEFAULTS, System.getenv()), HttpTimeouts.STANDARD, Clock.systemUTC());
    }

    public WhoopConnector(ProviderSettings settings, HttpTimeouts timeouts, Clock clock) {
        super(ID, "WHOOP", new OAuthRegistration(settings, SCOPES, false,
                new Revocation.BearerDelete(settings.apiUrl() + "/v2/user/access")));
        this.settings = settings;
        this.api = JsonApi.create(ID, timeouts);
        this.clock = clock;
    }

    @Override
    public Set<MetricType> capabilities() {
        return EnumSet.of(MetricType.STRAIN, MetricType.RECOVERY_SCORE, MetricType.RESTING_HEART_RATE,
                MetricType.HRV_RMSSD, MetricType.SPO2, MetricType.SLEEP_DURATION, MetricType.RESPIRATORY_RATE,
                MetricType.SLEEP_SCORE, MetricType.ACTIVE_ENERGY, MetricType.DISTANCE, MetricType.WEIGHT);
    }

    /**
     * Streams the window's records. The body measurement has no time of its own: it is the current value, so
     * it is only included when the window reaches the present, stamped with the current instant.
     */
    @Override
    public Stream<Sample> fetch(FetchRequest request) {
        String token = BearerToken.of(request.credentials(), ID);
        WhoopClient client = new WhoopClient(api, settings.apiHttpUrl());
        List<PageSource<Sample>> sources = new ArrayList<>();
        for (WhoopCollection collection : WhoopCollection.values()) {
            sources.add(client.records(collection, token, request.window())
                    .mapItems(records -> mapper.mapPage(collection, records, request.source())));
        }
        Instant now = clock.instant();
        if (request.window().contains(now)) {
            sources.add(client.bodyMeasurement(token).mapItems(body -> RecordMapping.mapEach(ID, "body_measurement",
                    body, measurement -> mapper.mapBodyMeasurement(measurement, request.source(), now))));
        }
        return Paging.stream(sources).filter(sample -> request.window().contains(sample.recordedAt()));
    }
}

package org.pulseport.providers.oura;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.pulseport.providers.oauth.OAuthRegistration;
import org.pulseport.providers.oauth.OAuthConnector;
import org.pulseport.providers.oauth.Revocation;

/**
 * Oura Ring through the Oura API v2: daily sleep, sleep periods, daily activity, readiness and SpO2, heart rate
 * and workouts. Collections are read one after the other, each page fetched when the stream reaches it.
 */
public final class OuraConnector extends OAuthConnector {

    public static final String ID = "oura";

    /** Oura's documented production endpoints. */
    public static final ProviderSettings.Defaults DEFAULTS = new ProviderSettings.Defaults(
            "https://api.ouraring.com", "https://cloud.ouraring.com/oauth/authorize",
            "https://api.ouraring.com/oauth/token");

    /** The scopes the collections need (see {@link OuraCollection#scope()}). */
    public static final List<String> SCOPES = Arrays.stream(OuraCollection.values()).map(OuraCollection::scope)
            .distinct().collect(Collectors.toUnmodifiableList());

    private final ProviderSettings settings;
    private final JsonApi api;
    private final OuraMapper mapper = new OuraMapper();

    /** The connector as the service loader creates it: settings from the environment, 30 s timeouts. */
    public OuraConnector() {
        this(ProviderSettings.fromEnvironment(ID, DEFAULTS, System.getenv()), HttpTimeouts.STANDARD);
    }

    public OuraConnector(ProviderSettings settings, HttpTimeouts timeouts) {
        super(ID, "Oura Ring", new OAuthRegistration(settings, SCOPES, false,
                new Revocation.AccessTokenQuery(settings.apiUrl() + "/oauth/revoke")));
        this.settings = settings;
        this.api = JsonApi.create(ID, timeouts);
    }

    @Override
    public Set<MetricType> capabilities() {
        return EnumSet.of(MetricType.SLEEP_SCORE, MetricType.SLEEP_DURATION, MetricType.HRV_RMSSD,
                MetricType.RESTING_HEART_RATE, MetricType.RESPIRATORY_RATE, MetricType.STEPS,
                MetricType.ACTIVE_ENERGY, MetricType.READINESS_SCORE, MetricType.BODY_TEMPERATURE_DEVIATION,
                MetricType.SPO2, MetricType.HEART_RATE, MetricType.DISTANCE);
    }

    @Override
    public Stream<Sample> fetch(FetchRequest request) {
        String token = BearerToken.of(request.credentials(), ID);
        OuraClient client = new OuraClient(api, settings.apiHttpUrl());
        List<PageSource<Sample>> sources = Arrays.stream(OuraCollection.values())
                .map(collection -> client.documents(collection, token, request.window())
                        .mapItems(documents -> mapper.mapPage(collection, documents, request.source())))
                .collect(Collectors.toList());
        return Paging.stream(sources).filter(sample -> request.window().contains(sample.recordedAt()));
    }
}

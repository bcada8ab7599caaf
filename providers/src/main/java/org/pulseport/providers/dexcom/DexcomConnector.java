package org.pulseport.providers.dexcom;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.pulseport.core.connector.Credentials;
import org.pulseport.core.connector.FetchRequest;
import org.pulseport.core.connector.SourceRef;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Sample;
import org.pulseport.core.model.SyncWindow;
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
 * Dexcom CGM readings through the Dexcom API v3. A fetch first asks {@code dataRange} where EGVs exist and
 * requests only the part of the window that holds data (an incremental sync with nothing new costs one
 * request), split into query windows of at most 30 days. Dexcom offers no token revocation call: users revoke
 * access in their Dexcom account.
 */
public final class DexcomConnector extends OAuthConnector {

    public static final String ID = "dexcom";

    /** Picks the host (sandbox, us, eu, jp) when no explicit URLs are set; US by default. */
    public static final String REGION_VARIABLE = ProviderSettings.environmentPrefix(ID) + "REGION";

    private final ProviderSettings settings;
    private final JsonApi api;
    private final DexcomMapper mapper = new DexcomMapper();

    /** The connector as the service loader creates it: settings from the environment, 30 s timeouts. */
    public DexcomConnector() {
        this(settingsFrom(System.getenv()), HttpTimeouts.STANDARD);
    }

    public DexcomConnector(ProviderSettings settings, HttpTimeouts timeouts) {
        super(ID, "Dexcom CGM", new OAuthRegistration(settings, List.of(DexcomClient.SCOPE), false,
                new Revocation.Unsupported()));
        this.settings = settings;
        this.api = JsonApi.create(ID, timeouts);
    }

    /** Settings from the environment; the region variable chooses the default host (unknown names mean US). */
    public static ProviderSettings settingsFrom(Map<String, String> env) {
        DexcomRegion region = Optional.ofNullable(env.get(REGION_VARIABLE)).flatMap(DexcomRegion::named)
                .orElse(DexcomRegion.US);
        return ProviderSettings.fromEnvironment(ID,
                new ProviderSettings.Defaults(region.baseUrl(), region.loginUrl(), region.tokenUrl()), env);
    }

    @Override
    public Set<MetricType> capabilities() {
        return EnumSet.of(MetricType.GLUCOSE);
    }

    @Override
    public Stream<Sample> fetch(FetchRequest request) {
        String token = BearerToken.of(request.credentials(), ID);
        DexcomClient client = new DexcomClient(api, settings.apiHttpUrl());
        return Paging.stream(() -> egvSources(client, token, request.window(), request.source()));
    }

    /** The devices feeding the connection. */
    public List<DexcomDevice> devices(Credentials credentials) {
        return mapper.devices(new DexcomClient(api, settings.apiHttpUrl()).devices(BearerToken.of(credentials, ID)));
    }

    private List<PageSource<Sample>> egvSources(DexcomClient client, String token, SyncWindow window, SourceRef source) {
        Optional<SyncWindow> withData = mapper.egvRange(client.dataRange(token)).flatMap(range -> overlap(window, range));
        return withData.map(w -> DexcomClient.split(w, DexcomClient.MAX_QUERY_WINDOW)).orElse(List.of()).stream()
                .map(part -> client.egvs(token, part).mapItems(egvs -> mapper.mapPage(egvs, source).stream()
                        .filter(sample -> part.contains(sample.recordedAt())).collect(Collectors.toList())))
                .collect(Collectors.toList());
    }

    private static Optional<SyncWindow> overlap(SyncWindow a, SyncWindow b) {
        Instant from = a.from().isAfter(b.from()) ? a.from() : b.from();
        Instant to = a.to().isBefore(b.to()) ? a.to() : b.to();
        return from.isBefore(to) ? Optional.of(new SyncWindow(from, to)) : Optional.empty();
    }
}

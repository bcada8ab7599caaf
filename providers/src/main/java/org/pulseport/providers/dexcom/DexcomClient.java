package org.pulseport.providers.dexcom;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.pulseport.core.model.SyncWindow;
import org.pulseport.providers.http.BearerToken;
import org.pulseport.providers.http.JsonApi;
import org.pulseport.providers.http.JsonFields;
import org.pulseport.providers.http.Page;
import org.pulseport.providers.http.PageSource;

/**
 * HTTP access to the Dexcom API v3: {@code dataRange} (which span holds data), {@code egvs} (one response per
 * query window, no cursor: a window longer than the documented maximum of 30 days is split) and
 * {@code devices}. Query times are UTC system times without offset, as the API expects.
 */
public final class DexcomClient {

    /** The longest {@code startDate}..{@code endDate} span the egvs endpoint accepts. */
    public static final Duration MAX_QUERY_WINDOW = Duration.ofDays(30);

    static final String SCOPE = "offline_access";
    private static final DateTimeFormatter QUERY_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final String USER_PATH = "v3/users/self";

    private final JsonApi api;
    private final HttpUrl baseUrl;

    public DexcomClient(JsonApi api, HttpUrl baseUrl) {
        this.api = api;
        this.baseUrl = baseUrl;
    }

    /** The user's data range document (earliest and latest calibration, EGV and event times). */
    public JsonNode dataRange(String accessToken) {
        return api.get(url("dataRange").build(), headers(accessToken), Optional.of(SCOPE));
    }

    /** The EGVs of one query window (at most {@link #MAX_QUERY_WINDOW}) as a single page. */
    public PageSource<JsonNode> egvs(String accessToken, SyncWindow window) {
        return cursor -> {
            HttpUrl url = url("egvs")
                    .addQueryParameter("startDate", queryTime(window.from().truncatedTo(ChronoUnit.SECONDS)))
                    .addQueryParameter("endDate", queryTime(ceilToSecond(window.to())))
                    .build();
            return Page.last(JsonFields.array(api.get(url, headers(accessToken), Optional.of(SCOPE)), "records"));
        };
    }

    /** The user's devices (transmitter generation, display device, last upload). */
    public List<JsonNode> devices(String accessToken) {
        return JsonFields.array(api.get(url("devices").build(), headers(accessToken), Optional.of(SCOPE)), "records");
    }

    /** Splits a window into consecutive windows no longer than {@code max}. */
    public static List<SyncWindow> split(SyncWindow window, Duration max) {
        List<SyncWindow> parts = new ArrayList<>();
        Instant start = window.from();
        while (start.isBefore(window.to())) {
            Instant end = start.plus(max).isBefore(window.to()) ? start.plus(max) : window.to();
            parts.add(new SyncWindow(start, end));
            start = end;
        }
        return parts;
    }

    private HttpUrl.Builder url(String resource) {
        return baseUrl.newBuilder().addPathSegments(USER_PATH).addPathSegment(resource);
    }

    private static Headers headers(String accessToken) {
        return Headers.of("Authorization", BearerToken.header(accessToken), "Accept", "application/json");
    }

    private static String queryTime(Instant instant) {
        return QUERY_TIME.format(instant);
    }

    private static Instant ceilToSecond(Instant instant) {
        Instant floor = instant.truncatedTo(ChronoUnit.SECONDS);
        return floor.equals(instant) ? floor : floor.plusSeconds(1);
    }
}

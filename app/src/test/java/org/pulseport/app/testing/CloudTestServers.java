package org.pulseport.app.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Oura as local servers: a real OAuth2 authorization server (mock-oauth2-server, rotating refresh tokens) and the
 * Oura API v2 on MockWebServer with a night of sleep and some heart rate of the last days, plus a token endpoint
 * that refuses every grant. {@link #environment} points Pulseport there; {@link #browse} plays the user's browser.
 */
public final class CloudTestServers implements AutoCloseable {

    public static final String CLIENT_ID = "pulseport-desktop";
    public static final String CLIENT_SECRET = "oura-client-secret-4f3e2d";
    private static final String EMPTY = "{\"data\":[],\"next_token\":null}";

    private final MockOAuth2Server auth = new MockOAuth2Server(new OAuth2Config(false, null, null, true));
    private final MockWebServer oura = new MockWebServer();
    private final List<RecordedRequest> ouraRequests = new CopyOnWriteArrayList<>();
    private final java.util.Set<String> revokedTokens = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final OkHttpClient browser = new OkHttpClient.Builder().followRedirects(false).build();

    public CloudTestServers() {
        auth.start();
        oura.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                ouraRequests.add(request);
                String authorization = String.valueOf(request.getHeader("Authorization"));
                if (revokedTokens.stream().anyMatch(token -> authorization.equals("Bearer " + token))) {
                    return json(401, "{\"status\":401,\"title\":\"Unauthorized\"}");
                }
                return answer(request.getRequestUrl().encodedPath());
            }
        });
        try {
            oura.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Oura configured against the local servers; {@code refusingTokenEndpoint} makes every refresh fail. */
    public Map<String, String> environment(boolean refusingTokenEndpoint) {
        Map<String, String> env = new HashMap<>();
        env.put("PULSEPORT_OURA_API_URL", oura.url("/").toString().replaceAll("/$", ""));
        env.put("PULSEPORT_OURA_AUTH_URL", auth.authorizationEndpointUrl("oura").toString());
        env.put("PULSEPORT_OURA_TOKEN_URL", refusingTokenEndpoint ? oura.url("/refused/token").toString()
                : auth.tokenEndpointUrl("oura").toString());
        env.put("PULSEPORT_OURA_CLIENT_ID", CLIENT_ID);
        env.put("PULSEPORT_OURA_CLIENT_SECRET", CLIENT_SECRET);
        return env;
    }

    /**
     * Another provider signing in at the same authorization server (its own issuer) with its API at {@code apiUrl}
     * (e.g. a workout destination on MockWebServer); {@code refusingTokenEndpoint} makes every refresh fail.
     */
    public Map<String, String> environment(String providerId, String apiUrl, boolean refusingTokenEndpoint) {
        String prefix = "PULSEPORT_" + providerId.toUpperCase(java.util.Locale.ROOT) + "_";
        Map<String, String> env = new HashMap<>();
        env.put(prefix + "API_URL", apiUrl.replaceAll("/$", ""));
        env.put(prefix + "AUTH_URL", auth.authorizationEndpointUrl(providerId).toString());
        env.put(prefix + "TOKEN_URL", refusingTokenEndpoint ? oura.url("/refused/token").toString()
                : auth.tokenEndpointUrl(providerId).toString());
        env.put(prefix + "CLIENT_ID", CLIENT_ID);
        env.put(prefix + "CLIENT_SECRET", CLIENT_SECRET);
        return env;
    }

    /**
     * Opens the authorization URL like a browser: the server signs in at once and redirects to the loopback.
     * mock-oauth2-server is an OpenID Connect server and insists on the {@code openid} scope, which Oura does not
     * know, so the "browser" adds it.
     */
    public void browse(URI authorizationUrl) {
        HttpUrl url = HttpUrl.get(authorizationUrl.toString());
        HttpUrl withOpenId = url.newBuilder().setQueryParameter("scope", "openid " + url.queryParameter("scope")).build();
        try (Response consent = browser.newCall(new Request.Builder().url(withOpenId).build()).execute()) {
            String redirect = consent.header("Location");
            try (Response loopback = browser.newCall(new Request.Builder().url(redirect).build()).execute()) {
                if (!loopback.isSuccessful()) {
                    throw new IllegalStateException("the loopback listener answered " + loopback.code());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** From now on the Oura API answers 401 to this access token (as after a revocation or an early expiry). */
    public void rejectAccessToken(String accessToken) {
        revokedTokens.add(accessToken);
    }

    /** The requests the Oura server received, in order. */
    public List<RecordedRequest> ouraRequests() {
        return List.copyOf(ouraRequests);
    }

    /** The bearer tokens the Oura API received, in order of first use. */
    public List<String> bearerTokens() {
        return ouraRequests.stream().map(r -> r.getHeader("Authorization")).filter(h -> h != null && h.startsWith("Bearer "))
                .map(h -> h.substring("Bearer ".length())).distinct().toList();
    }

    /** The token requests the authorization server received since the last call (form bodies), in order. */
    public List<String> tokenRequests() {
        List<String> bodies = new java.util.ArrayList<>();
        while (true) {
            RecordedRequest request;
            try {
                request = auth.takeRequest(1, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (RuntimeException noMoreRequests) {
                return bodies;
            }
            if (request.getRequestUrl().encodedPath().endsWith("/token")) {
                bodies.add(request.getBody().readUtf8());
            }
        }
    }

    private static MockResponse answer(String path) {
        if (path.equals("/refused/token")) {
            return json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"refresh token expired\"}");
        }
        if (path.equals("/oauth/revoke")) {
            return new MockResponse().setResponseCode(200);
        }
        if (path.endsWith("/daily_sleep")) {
            return json(200, dailySleep());
        }
        if (path.endsWith("/heartrate")) {
            return json(200, heartRate());
        }
        return json(200, EMPTY);
    }

    private static String dailySleep() {
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        return "{\"data\":[" + sleepDay(yesterday.minusDays(1), 81) + "," + sleepDay(yesterday, 77) + "],\"next_token\":null}";
    }

    private static String sleepDay(LocalDate day, int score) {
        return "{\"id\":\"ds-" + day + "\",\"contributors\":{},\"day\":\"" + day + "\",\"score\":" + score
                + ",\"timestamp\":\"" + day + "T00:00:00+00:00\"}";
    }

    private static String heartRate() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(3, ChronoUnit.HOURS);
        StringBuilder json = new StringBuilder("{\"data\":[");
        for (int i = 0; i < 3; i++) {
            json.append(i == 0 ? "" : ",").append("{\"bpm\":").append(60 + i).append(",\"source\":\"awake\",\"timestamp\":\"")
                    .append(start.plus(5L * i, ChronoUnit.MINUTES)).append("\"}");
        }
        return json.append("],\"next_token\":null}").toString();
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }

    @Override
    public void close() throws IOException {
        auth.shutdown();
        oura.shutdown();
    }
}

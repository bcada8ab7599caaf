package org.pulseport.providers.librelinkup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.pulseport.core.connector.Credentials;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.error.PulseportException;
import org.pulseport.providers.http.BearerToken;
import org.pulseport.providers.http.JsonApi;
import org.pulseport.providers.http.JsonFields;

/**
 * HTTP access to the unofficial LibreLinkUp follower API: login (following one region redirect), the list of
 * followed connections and a connection's glucose graph. Answers wrap their content as
 * {@code {"status":0,"data":...}}; a non-zero status is an error even with HTTP 200.
 */
public final class LibreLinkUpClient {

    private static final int STATUS_OK = 0;
    private static final int STATUS_BAD_CREDENTIALS = 2;
    private static final int STATUS_ACTION_REQUIRED = 4;

    private final JsonApi api;
    private final LibreLinkUpSettings settings;

    public LibreLinkUpClient(JsonApi api, LibreLinkUpSettings settings) {
        this.api = api;
        this.settings = settings;
    }

    /** Signs in with the account's email and password, following the region redirect if the service sends one. */
    public LibreLinkUpSession login(Credentials.Password credentials) {
        HttpUrl global = settings.apiHttpUrl();
        JsonNode data = postLogin(global, credentials);
        HttpUrl base = global;
        if (data.path("redirect").asBoolean(false)) {
            String region = JsonFields.text(data, "region");
            base = settings.regionHttpUrl(region);
            data = postLogin(base, credentials);
        }
        String token = JsonFields.text(data.path("authTicket"), "token");
        String accountId = JsonFields.text(data.path("user"), "id");
        return new LibreLinkUpSession(base, token, sha256Hex(accountId));
    }

    /** The patients this account follows (a patient following themself is one of them). */
    public List<JsonNode> connections(LibreLinkUpSession session) {
        JsonNode body = api.get(session.baseUrl().newBuilder().addPathSegments("llu/connections").build(),
                authenticated(session), Optional.empty());
        return JsonFields.array(checked(body, "connections"), "data");
    }

    /** A connection's graph: the latest measurement and the readings of the last hours. */
    public JsonNode graph(LibreLinkUpSession session, String patientId) {
        JsonNode body = api.get(session.baseUrl().newBuilder().addPathSegments("llu/connections")
                .addPathSegment(patientId).addPathSegment("graph").build(), authenticated(session), Optional.empty());
        return checked(body, "graph").path("data");
    }

    /** SHA-256 of the account id as lower-case hex, the value of the {@code Account-Id} header. */
    static String sha256Hex(String accountId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(accountId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK provides SHA-256", impossible);
        }
    }

    private JsonNode postLogin(HttpUrl base, Credentials.Password credentials) {
        ObjectNode body = api.mapper().createObjectNode()
                .put("email", credentials.username()).put("password", credentials.password());
        JsonNode answer = api.post(base.newBuilder().addPathSegments("llu/auth/login").build(), appHeaders().build(), body);
        int status = answer.path("status").asInt(-1);
        if (status == STATUS_BAD_CREDENTIALS) {
            throw new PulseportException(new PulseportError.AuthError(
                    "LibreLinkUp rejected the email or password (status 2)"));
        }
        if (status == STATUS_ACTION_REQUIRED) {
            throw new PulseportException(new PulseportError.AuthError("LibreLinkUp requires an action in its app ("
                    + answer.path("data").path("step").path("type").asText("unknown step")
                    + "): open LibreLinkUp, accept it, then reconnect"));
        }
        return checked(answer, "login").path("data");
    }

    private static JsonNode checked(JsonNode body, String what) {
        int status = body.path("status").asInt(-1);
        if (status != STATUS_OK) {
            throw new PulseportException(new PulseportError.ProviderError(
                    "LibreLinkUp " + what + " answered with status " + status));
        }
        return body;
    }

    private Headers.Builder appHeaders() {
        return new Headers.Builder()
                .add("product", settings.product())
                .add("version", settings.version())
                .add("Accept", "application/json")
                .add("Cache-Control", "no-cache");
    }

    private Headers authenticated(LibreLinkUpSession session) {
        return appHeaders()
                .add("Authorization", BearerToken.header(session.token()))
                .add("Account-Id", session.accountIdHash())
                .build();
    }
}

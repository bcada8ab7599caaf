package org.pulseport.providers.whoop;

import com.fasterxml.jackson.databind.JsonNode;
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
 * HTTP access to the WHOOP API v2: collections paged 25 records at a time with {@code nextToken}, and the
 * body measurement, which is a single current record.
 */
public final class WhoopClient {

    /** WHOOP's documented maximum page size; the largest page means the fewest requests. */
    public static final int PAGE_LIMIT = 25;

    static final String BODY_MEASUREMENT_PATH = "v2/user/measurement/body";
    static final String BODY_MEASUREMENT_SCOPE = "read:body_measurement";

    private final JsonApi api;
    private final HttpUrl baseUrl;

    public WhoopClient(JsonApi api, HttpUrl baseUrl) {
        this.api = api;
        this.baseUrl = baseUrl;
    }

    /** The pages of one collection for a window; nothing is requested until a page is fetched. */
    public PageSource<JsonNode> records(WhoopCollection collection, String accessToken, SyncWindow window) {
        Headers headers = headers(accessToken);
        return cursor -> {
            HttpUrl.Builder url = baseUrl.newBuilder().addPathSegments(collection.path())
                    .addQueryParameter("limit", Integer.toString(PAGE_LIMIT))
                    .addQueryParameter("start", window.from().toString())
                    .addQueryParameter("end", window.to().toString());
            cursor.ifPresent(token -> url.addQueryParameter("nextToken", token));
            JsonNode body = api.get(url.build(), headers, Optional.of(collection.scope()));
            return new Page<>(JsonFields.array(body, "records"), JsonFields.optionalText(body, "next_token"));
        };
    }

    /** The user's current body measurement as a one-record page. */
    public PageSource<JsonNode> bodyMeasurement(String accessToken) {
        Headers headers = headers(accessToken);
        return cursor -> Page.last(List.of(api.get(baseUrl.newBuilder().addPathSegments(BODY_MEASUREMENT_PATH).build(),
                headers, Optional.of(BODY_MEASUREMENT_SCOPE))));
    }

    private static Headers headers(String accessToken) {
        return Headers.of("Authorization", BearerToken.header(accessToken), "Accept", "application/json");
    }
}

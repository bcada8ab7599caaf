package org.pulseport.providers.oura;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * HTTP access to the Oura API v2 user collections: one request per page, {@code next_token} pagination.
 *
 * <p>Date-queried collections are asked for one extra day on each side of the window, because a document's
 * {@code day} is the user's local day while the window is in UTC; the connector keeps only samples inside the
 * window, so adjacent windows never deliver a sample twice.
 */
public final class OuraClient {

    private final JsonApi api;
    private final HttpUrl baseUrl;

    public OuraClient(JsonApi api, HttpUrl baseUrl) {
        this.api = api;
        this.baseUrl = baseUrl;
    }

    /** The pages of one collection for a window; nothing is requested until a page is fetched. */
    public PageSource<JsonNode> documents(OuraCollection collection, String accessToken, SyncWindow window) {
        Headers headers = Headers.of("Authorization", BearerToken.header(accessToken), "Accept", "application/json");
        return cursor -> {
            JsonNode body = api.get(url(collection, window, cursor), headers, Optional.of(collection.scope()));
            return new Page<>(JsonFields.array(body, "data"), JsonFields.optionalText(body, "next_token"));
        };
    }

    HttpUrl url(OuraCollection collection, SyncWindow window, Optional<String> nextToken) {
        HttpUrl.Builder url = baseUrl.newBuilder().addPathSegments("v2/usercollection").addPathSegment(collection.path());
        if (collection.queriedByInstant()) {
            url.addQueryParameter("start_datetime", window.from().toString())
                    .addQueryParameter("end_datetime", window.to().toString());
        } else {
            LocalDate first = window.from().atOffset(ZoneOffset.UTC).toLocalDate().minusDays(1);
            LocalDate last = window.to().atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1);
            url.addQueryParameter("start_date", first.toString()).addQueryParameter("end_date", last.toString());
        }
        nextToken.ifPresent(token -> url.addQueryParameter("next_token", token));
        return url.build();
    }
}

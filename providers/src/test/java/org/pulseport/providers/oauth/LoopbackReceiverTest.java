package org.pulseport.providers.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class LoopbackReceiverTest {

    private final OkHttpClient http = new OkHttpClient();

    private int get(String url) throws IOException {
        try (Response response = http.newCall(new Request.Builder().url(url).build()).execute()) {
            return response.code();
        }
    }

    @Test
    void listensOnTheLoopbackAddressAtAnEphemeralPort() throws Exception {
        try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
            assertThat(receiver.redirectUri().getHost()).isEqualTo("127.0.0.1");
            assertThat(receiver.redirectUri().getPort()).isPositive();
            assertThat(receiver.redirectUri().getPath()).isEqualTo("/callback");

            assertThat(get(receiver.redirectUri() + "?code=abc%2B1&state=xyz")).isEqualTo(200);

            AuthorizationResponse response = receiver.await(Duration.ofSeconds(5));
            assertThat(response.code()).contains("abc+1");
            assertThat(response.state()).contains("xyz");
            assertThat(response.toString()).doesNotContain("abc");
        }
    }

    @Test
    void otherPathsAreNotTheCallback() throws Exception {
        try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
            String favicon = receiver.redirectUri().resolve("/favicon.ico").toString();

            assertThat(get(favicon)).isEqualTo(404);
        }
    }

    @Test
    void onlyTheFirstCallbackCounts() throws Exception {
        try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
            get(receiver.redirectUri() + "?code=first&state=s");
            get(receiver.redirectUri() + "?code=second&state=s");

            assertThat(receiver.await(Duration.ofSeconds(5)).code()).contains("first");
        }
    }
}

package org.pulseport.providers.dexcom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pulseport.providers.testing.Fixtures.page;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pulseport.core.model.Sample;
import org.pulseport.core.model.SyncWindow;
import org.pulseport.providers.http.HttpTimeouts;
import org.pulseport.providers.testing.LogCapture;
import org.pulseport.providers.testing.MockServer;
import org.pulseport.providers.testing.Requests;
import org.pulseport.providers.testing.RoutingDispatcher;

class DexcomConnectorTest {

    private static final String USER = "/v3/users/self/";

    @RegisterExtension
    final MockServer server = new MockServer();

    private DexcomConnector connector() {
        return new DexcomConnector(DexcomConnector.settingsFrom(Map.of(
                "PULSEPORT_DEXCOM_API_URL", server.url("/").toString())), HttpTimeouts.of(Duration.ofMillis(500)));
    }

    private List<Sample> fetch(String from, String to) {
        try (Stream<Sample> samples = connector().fetch(Requests.oauth(from, to))) {
            return samples.toList();
        }
    }

    @Test
    void splitsNinetyDaysIntoThirtyDayQueriesAndDeliversEachReadingOnce() throws InterruptedException {
        server.setDispatcher(new RoutingDispatcher(page("dexcom/egvs.json"))
                .on(USER + "dataRange", page("dexcom/dataRange.json")));

        List<Sample> samples = fetch("2024-01-01T00:00:00Z", "2024-03-31T00:00:00Z");

        assertThat(samples).extracting(Sample::recordedAt).containsExactly(Instant.parse("2024-01-10T08:00:41Z"),
                Instant.parse("2024-02-10T08:05:41Z"), Instant.parse("2024-03-25T08:20:41Z"));
        List<RecordedRequest> requests = server.requests();
        assertThat(requests).extracting(r -> r.getRequestUrl().encodedPath())
                .containsExactly(USER + "dataRange", USER + "egvs", USER + "egvs", USER + "egvs");
        assertThat(requests.subList(1, 4)).extracting(r -> r.getRequestUrl().queryParameter("startDate")
                        + ".." + r.getRequestUrl().queryParameter("endDate"))
                .containsExactly("2024-01-01T00:00:00..2024-01-31T00:00:00",
                        "2024-01-31T00:00:00..2024-03-01T00:00:00",
                        "2024-03-01T00:00:00..2024-03-31T00:00:00");
        assertThat(requests).allSatisfy(r -> assertThat(r.getHeader("Authorization"))
                .isEqualTo("Bearer " + Requests.ACCESS_TOKEN));
    }

    @Test
    void asksOnlyForThePartOfTheWindowThatHoldsData() throws InterruptedException {
        server.setDispatcher(new RoutingDispatcher(page("dexcom/egvs.json"))
                .on(USER + "dataRange", page("dexcom/dataRange.json")));

        fetch("2024-03-20T00:00:00Z", "2024-06-01T00:00:00Z");

        List<RecordedRequest> requests = server.requests();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).getRequestUrl().queryParameter("endDate")).isEqualTo("2024-03-31T23:55:01");
    }

    @Test
    void nothingNewCostsOneRequest() {
        server.setDispatcher(new RoutingDispatcher(page("dexcom/egvs.json"))
                .on(USER + "dataRange", page("dexcom/dataRange.json")));

        assertThat(fetch("2024-04-01T00:00:00Z", "2024-04-02T00:00:00Z")).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void userWithoutReadingsCostsOneRequest() {
        server.setDispatcher(new RoutingDispatcher(page("dexcom/egvs.json"))
                .on(USER + "dataRange", page("dexcom/dataRange_no_egvs.json")));

        assertThat(fetch("2024-01-01T00:00:00Z", "2024-02-01T00:00:00Z")).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void nothingIsRequestedBeforeTheStreamIsUsed() {
        server.setDispatcher(new RoutingDispatcher(page("dexcom/egvs.json")));

        try (Stream<Sample> unused = connector().fetch(Requests.oauth("2024-01-01T00:00:00Z", "2024-02-01T00:00:00Z"))) {
            assertThat(server.getRequestCount()).isZero();
        }
    }

    @Test
    void malformedReadingIsSkippedWithAWarning() {
        server.setDispatcher(new RoutingDispatcher(page("dexcom/egvs.json"))
                .on(USER + "dataRange", page("dexcom/dataRange.json")));

        try (LogCapture logs = new LogCapture()) {
            fetch("2024-03-01T00:00:00Z", "2024-03-31T00:00:00Z");

            assertThat(logs.warnings()).singleElement().satisfies(w ->
                    assertThat(w).contains("b0a5a0c9-8a3a-4f0e-9a6e-0d7c9d6f0a03").contains("displayTime"));
        }
    }

    @Test
    void listsDevices() {
        server.setDispatcher(new RoutingDispatcher(page("dexcom/devices.json")));

        assertThat(connector().devices(Requests.oauth("2024-01-01T00:00:00Z", "2024-01-02T00:00:00Z").credentials()))
                .singleElement().satisfies(device -> {
                    assertThat(device.transmitterGeneration()).isEqualTo("g7");
                    assertThat(device.displayDevice()).isEqualTo("iOS");
                    assertThat(device.lastUploadDate()).contains(Instant.parse("2024-03-31T23:57:00Z"));
                });
    }

    @Test
    void regionVariableChoosesTheHost() {
        assertThat(DexcomConnector.settingsFrom(Map.of("PULSEPORT_DEXCOM_REGION", "eu")).apiUrl())
                .isEqualTo("https://api.dexcom.eu");
        assertThat(DexcomConnector.settingsFrom(Map.of("PULSEPORT_DEXCOM_REGION", "sandbox")).tokenUrl())
                .isEqualTo("https://sandbox-api.dexcom.com/v2/oauth2/token");
        assertThat(DexcomConnector.settingsFrom(Map.of()).authUrl()).isEqualTo("https://api.dexcom.com/v2/oauth2/login");
    }

    @Test
    void splitCoversTheWindowWithoutGapsOrOverlap() {
        SyncWindow window = new SyncWindow(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-03-05T12:00:00Z"));

        List<SyncWindow> parts = DexcomClient.split(window, Duration.ofDays(30));

        assertThat(parts).hasSize(3);
        assertThat(parts.get(0).from()).isEqualTo(window.from());
        assertThat(parts.get(2).to()).isEqualTo(window.to());
        assertThat(parts.get(1).from()).isEqualTo(parts.get(0).to());
        assertThat(parts).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(Duration.ofDays(30)));
    }
}

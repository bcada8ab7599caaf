package org.pulseport.benchmarks;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A local stand-in for a provider API during a backfill benchmark: serves pre-generated pages keyed by path
 * and cursor (or query window), counts requests, and knows the fewest requests the pagination allows.
 */
final class BackfillServer implements AutoCloseable {

    static final Instant FROM = Instant.parse("2024-01-01T00:00:00Z");
    static final int DAYS = 90;
    static final Instant TO = FROM.plus(Duration.ofDays(DAYS));
    private static final int FIVE_MINUTES_PER_DAY = 288;
    private static final DateTimeFormatter LIBRE_TIME = DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.US)
            .withZone(ZoneOffset.UTC);

    private final MockWebServer server = new MockWebServer();
    private final Map<String, String> pages = new HashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private int minimumRequests;

    BackfillServer(String provider) throws IOException {
        switch (provider) {
            case "oura" -> oura();
            case "whoop" -> whoop();
            case "dexcom" -> dexcom();
            case "librelinkup" -> libreLinkUp();
            default -> throw new IllegalArgumentException("unknown provider " + provider);
        }
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                requests.incrementAndGet();
                String body = pages.get(key(request.getRequestUrl()));
                return body == null ? new MockResponse().setResponseCode(404)
                        : new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
            }
        });
        server.setServerSocketFactory(new NoDelayServerSocketFactory());
        server.start();
    }

    String baseUrl() {
        return server.url("/").toString().replaceAll("/$", "");
    }

    int requests() {
        return requests.get();
    }

    int minimumRequests() {
        return minimumRequests;
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }

    /** Requests are told apart by path and by the cursor or window parameter each API pages with. */
    private static String key(HttpUrl url) {
        String cursor = url.queryParameter("next_token") != null ? url.queryParameter("next_token")
                : url.queryParameter("nextToken") != null ? url.queryParameter("nextToken")
                : url.queryParameter("startDate") != null ? url.queryParameter("startDate") : "";
        return url.encodedPath() + "|" + cursor;
    }

    /** Splits {@code count} generated records into pages of {@code pageSize} linked by cursors. */
    private void paged(String path, int count, int pageSize, IntFunction<String> record, String listField,
                       String cursorField) {
        int pageCount = Math.max(1, (count + pageSize - 1) / pageSize);
        for (int page = 0; page < pageCount; page++) {
            StringBuilder body = new StringBuilder("{\"").append(listField).append("\":[");
            for (int i = page * pageSize; i < Math.min(count, (page + 1) * pageSize); i++) {
                body.append(i == page * pageSize ? "" : ",").append(record.apply(i));
            }
            String next = page + 1 < pageCount ? "\"p" + (page + 1) + "\"" : "null";
            body.append("],\"").append(cursorField).append("\":").append(next).append('}');
            pages.put(path + "|" + (page == 0 ? "" : "p" + page), body.toString());
        }
        minimumRequests += pageCount;
    }

    private static LocalDate day(int i) {
        return LocalDate.ofInstant(FROM, ZoneOffset.UTC).plusDays(i);
    }

    private void oura() {
        String base = "/v2/usercollection/";
        paged(base + "daily_sleep", DAYS, 50, i -> "{\"id\":\"ds" + i + "\",\"day\":\"" + day(i) + "\",\"score\":" + (60 + i % 30)
                + ",\"timestamp\":\"" + day(i) + "T08:00:00+01:00\",\"contributors\":{}}", "data", "next_token");
        paged(base + "sleep", DAYS, 50, i -> "{\"id\":\"s" + i + "\",\"day\":\"" + day(i) + "\",\"type\":\"long_sleep\","
                + "\"bedtime_end\":\"" + day(i) + "T07:30:00+01:00\",\"total_sleep_duration\":" + (25000 + i)
                + ",\"average_hrv\":" + (40 + i % 20) + ",\"lowest_heart_rate\":" + (45 + i % 8)
                + ",\"average_breath\":14.5}", "data", "next_token");
        paged(base + "daily_activity", DAYS, 50, i -> "{\"id\":\"a" + i + "\",\"day\":\"" + day(i) + "\",\"steps\":" + (8000 + i * 13)
                + ",\"active_calories\":" + (400 + i) + ",\"timestamp\":\"" + day(i) + "T04:00:00+01:00\"}", "data", "next_token");
        paged(base + "daily_readiness", DAYS, 50, i -> "{\"id\":\"r" + i + "\",\"day\":\"" + day(i) + "\",\"score\":" + (70 + i % 20)
                + ",\"temperature_deviation\":0.1,\"timestamp\":\"" + day(i) + "T08:00:00+01:00\"}", "data", "next_token");
        paged(base + "daily_spo2", DAYS, 50, i -> "{\"id\":\"o" + i + "\",\"day\":\"" + day(i)
                + "\",\"spo2_percentage\":{\"average\":96.5}}", "data", "next_token");
        paged(base + "workout", DAYS, 50, i -> "{\"id\":\"w" + i + "\",\"day\":\"" + day(i) + "\",\"activity\":\"running\","
                + "\"distance\":" + (5000 + i) + ",\"start_datetime\":\"" + day(i) + "T18:00:00+01:00\","
                + "\"end_datetime\":\"" + day(i) + "T18:40:00+01:00\",\"intensity\":\"moderate\",\"source\":\"manual\"}",
                "data", "next_token");
        paged(base + "heartrate", DAYS * FIVE_MINUTES_PER_DAY, 5000, i -> "{\"bpm\":" + (55 + i % 40)
                + ",\"source\":\"awake\",\"timestamp\":\"" + FROM.plusSeconds(300L * i).atOffset(ZoneOffset.UTC) + "\"}",
                "data", "next_token");
    }

    private void whoop() {
        String offset = "\"timezone_offset\":\"-05:00\",\"score_state\":\"SCORED\"";
        paged("/v2/cycle", DAYS, 25, i -> "{\"id\":" + i + ",\"start\":\"" + day(i) + "T11:00:00.000Z\"," + offset
                + ",\"score\":{\"strain\":" + (8 + i % 10) + ",\"kilojoule\":9000.5}}", "records", "next_token");
        paged("/v2/recovery", DAYS, 25, i -> "{\"cycle_id\":" + i + ",\"created_at\":\"" + day(i) + "T12:00:00.000Z\","
                + "\"score_state\":\"SCORED\",\"score\":{\"recovery_score\":" + (30 + i % 60) + ",\"resting_heart_rate\":55,"
                + "\"hrv_rmssd_milli\":42.5,\"spo2_percentage\":96.1}}", "records", "next_token");
        paged("/v2/activity/sleep", DAYS, 25, i -> "{\"id\":\"s" + i + "\",\"end\":\"" + day(i) + "T11:00:00.000Z\"," + offset
                + ",\"nap\":false,\"score\":{\"stage_summary\":{\"total_light_sleep_time_milli\":14400000,"
                + "\"total_slow_wave_sleep_time_milli\":5400000,\"total_rem_sleep_time_milli\":7200000},"
                + "\"respiratory_rate\":16.1,\"sleep_performance_percentage\":90}}", "records", "next_token");
        paged("/v2/activity/workout", DAYS, 25, i -> "{\"id\":\"w" + i + "\",\"start\":\"" + day(i) + "T22:00:00.000Z\","
                + offset + ",\"score\":{\"kilojoule\":1500.0,\"distance_meter\":5000.0}}", "records", "next_token");
    }

    private void dexcom() {
        pages.put("/v3/users/self/dataRange|", "{\"recordType\":\"dataRange\",\"egvs\":{\"start\":{\"systemTime\":\""
                + FROM.toString().replace("Z", "") + "\",\"displayTime\":\"x\"},\"end\":{\"systemTime\":\""
                + TO.minusSeconds(300).toString().replace("Z", "") + "\",\"displayTime\":\"x\"}}}");
        minimumRequests++;
        int perChunk = 30 * FIVE_MINUTES_PER_DAY;
        for (int chunk = 0; chunk < DAYS / 30; chunk++) {
            int first = chunk * perChunk;
            StringBuilder body = new StringBuilder("{\"recordType\":\"egv\",\"records\":[");
            for (int i = first; i < first + perChunk; i++) {
                Instant at = FROM.plusSeconds(300L * i);
                body.append(i == first ? "" : ",").append("{\"recordId\":\"e").append(i)
                        .append("\",\"systemTime\":\"").append(at.toString().replace("Z", ""))
                        .append("\",\"displayTime\":\"").append(at.minusSeconds(5 * 3600).toString().replace("Z", ""))
                        .append("\",\"value\":").append(80 + i % 120)
                        .append(",\"status\":\"ok\",\"trend\":\"flat\",\"unit\":\"mg/dL\"}");
            }
            pages.put("/v3/users/self/egvs|" + FROM.plus(Duration.ofDays(30L * chunk)).toString().replace("Z", ""),
                    body.append("]}").toString());
            minimumRequests++;
        }
    }

    private void libreLinkUp() {
        pages.put("/llu/auth/login|", "{\"status\":0,\"data\":{\"user\":{\"id\":\"u-1\"},\"authTicket\":{\"token\":\"t\"}}}");
        pages.put("/llu/connections|", "{\"status\":0,\"data\":[{\"patientId\":\"p-1\"}]}");
        StringBuilder graph = new StringBuilder("{\"status\":0,\"data\":{\"graphData\":[");
        Instant start = TO.minus(Duration.ofHours(12));
        for (int i = 0; i < 48; i++) {
            Instant at = start.plus(Duration.ofMinutes(15L * i));
            graph.append(i == 0 ? "" : ",").append("{\"FactoryTimestamp\":\"").append(LIBRE_TIME.format(at))
                    .append("\",\"Timestamp\":\"").append(LIBRE_TIME.format(at.plusSeconds(3600)))
                    .append("\",\"ValueInMgPerDl\":").append(90 + i).append(",\"isHigh\":false,\"isLow\":false}");
        }
        pages.put("/llu/connections/p-1/graph|", graph.append("]}}").toString());
        minimumRequests += 3;
    }
}

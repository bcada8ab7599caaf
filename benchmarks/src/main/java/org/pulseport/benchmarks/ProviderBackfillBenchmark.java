package org.pulseport.benchmarks;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.pulseport.core.connector.Credentials;
import org.pulseport.core.connector.FetchRequest;
import org.pulseport.core.connector.SourceConnector;
import org.pulseport.core.connector.SourceRef;
import org.pulseport.core.model.Sample;
import org.pulseport.core.model.SyncWindow;
import org.pulseport.providers.dexcom.DexcomConnector;
import org.pulseport.providers.http.HttpTimeouts;
import org.pulseport.providers.http.ProviderSettings;
import org.pulseport.providers.librelinkup.LibreLinkUpConnector;
import org.pulseport.providers.librelinkup.LibreLinkUpSettings;
import org.pulseport.providers.oura.OuraConnector;
import org.pulseport.providers.whoop.WhoopConnector;

/**
 * A 90-day backfill per provider against a local server with generated pages: samples mapped per second
 * (HTTP over loopback, JSON parsing and mapping together) and HTTP requests per backfill against the fewest
 * the provider's pagination allows. LibreLinkUp serves only its last hours (one graph), so its "backfill" is
 * that single fetch.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ProviderBackfillBenchmark {

    @Param({"oura", "whoop", "dexcom", "librelinkup"})
    public String provider;

    private BackfillServer server;
    private SourceConnector connector;
    private FetchRequest request;
    private long backfills;

    /** Samples and HTTP requests, reported by JMH as rates next to the backfill rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counts {
        public long samples;
        public long requests;

        @Setup(Level.Iteration)
        public void reset() {
            samples = 0;
            requests = 0;
        }
    }

    @Setup(Level.Trial)
    public void start() throws IOException {
        server = new BackfillServer(provider);
        String url = server.baseUrl();
        HttpTimeouts timeouts = HttpTimeouts.STANDARD;
        SourceRef source = new SourceRef(1, 1);
        SyncWindow window = new SyncWindow(BackfillServer.FROM, BackfillServer.TO);
        Credentials tokens = new Credentials.OAuthTokens("benchmark-token", null, null);
        switch (provider) {
            case "oura" -> connector = new OuraConnector(ProviderSettings.fromEnvironment(OuraConnector.ID,
                    OuraConnector.DEFAULTS, Map.of("PULSEPORT_OURA_API_URL", url)), timeouts);
            case "whoop" -> connector = new WhoopConnector(ProviderSettings.fromEnvironment(WhoopConnector.ID,
                    WhoopConnector.DEFAULTS, Map.of("PULSEPORT_WHOOP_API_URL", url)), timeouts, Clock.systemUTC());
            case "dexcom" -> connector = new DexcomConnector(DexcomConnector.settingsFrom(
                    Map.of("PULSEPORT_DEXCOM_API_URL", url)), timeouts);
            default -> {
                connector = new LibreLinkUpConnector(LibreLinkUpSettings.fromEnvironment(
                        Map.of("PULSEPORT_LIBRELINKUP_API_URL", url)), timeouts);
                tokens = new Credentials.Password("bench@example.org", "benchmark");
            }
        }
        request = new FetchRequest(source, tokens, window);
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        System.out.printf("%n%s: %.2f HTTP requests per backfill, minimum the pagination allows: %d%n",
                provider, (double) server.requests() / backfills, server.minimumRequests());
        server.close();
    }

    @Benchmark
    public long backfill(Counts counts) {
        int before = server.requests();
        long mapped;
        try (Stream<Sample> samples = connector.fetch(request)) {
            mapped = samples.count();
        }
        counts.samples += mapped;
        counts.requests += server.requests() - before;
        backfills++;
        return mapped;
    }
}

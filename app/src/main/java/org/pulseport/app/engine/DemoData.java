package org.pulseport.app.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import org.pulseport.app.store.DailyStatsRepository;
import org.pulseport.app.store.IngestResult;
import org.pulseport.app.store.SampleWriter;
import org.pulseport.app.store.SourceEntity;
import org.pulseport.app.store.SourceKind;
import org.pulseport.app.store.SourceRepository;
import org.pulseport.core.connector.Credentials;
import org.pulseport.core.connector.FetchRequest;
import org.pulseport.core.connector.SourceRef;
import org.pulseport.core.model.Profile;
import org.pulseport.core.model.SyncWindow;
import org.pulseport.providers.sandbox.SandboxConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code --demo} picture: a "Demo" profile whose sandbox source holds the last 90 days of generated CGM
 * glucose and daily wearable metrics. Created once; later runs only top up the days since the last run.
 */
public final class DemoData {

    public static final String PROFILE_NAME = "Demo";
    static final Duration HISTORY = Duration.ofDays(90);
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final ProfileService profiles;
    private final SourceRepository sources;
    private final SampleWriter writer;
    private final DailyStatsRepository stats;
    private final DailyAggregator aggregator;
    private final ProfileAnalysis analysis;
    private final List<Extra> extras;
    private final Clock clock;

    /** More of the demo picture (planned workouts, completed rides, a paired device), each created once. */
    @FunctionalInterface
    public interface Extra {
        void ensure(Profile demo);
    }

    public DemoData(ProfileService profiles, SourceRepository sources, SampleWriter writer, DailyStatsRepository stats,
                    DailyAggregator aggregator, ProfileAnalysis analysis, List<Extra> extras, Clock clock) {
        this.profiles = profiles;
        this.sources = sources;
        this.writer = writer;
        this.stats = stats;
        this.aggregator = aggregator;
        this.analysis = analysis;
        this.extras = List.copyOf(extras);
        this.clock = clock;
    }

    /** Makes sure the demo profile exists and its data reaches up to now; reports progress as text. */
    public Profile ensure(Consumer<String> progress) {
        Profile demo = profiles.ensure(PROFILE_NAME, ZoneId.systemDefault());
        SourceEntity source = sources.findOrCreate(demo.id(), SourceKind.SANDBOX, "sandbox", "demo",
                "Sandbox (generated demo data)", clock.instant());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        Instant from = source.getLastSyncedAt() == null ? now.minus(HISTORY) : source.getLastSyncedAt();
        for (Extra extra : extras) {
            try {
                extra.ensure(demo);
            } catch (RuntimeException e) {
                LOG.warn("Part of the demo could not be created: {}", e.toString());
            }
        }
        if (!from.isBefore(now)) {
            return demo;
        }
        progress.accept("Generating demo data");
        SandboxConnector connector = new SandboxConnector(demo.timeZone());
        FetchRequest request = new FetchRequest(new SourceRef(demo.id(), source.getId()), new Credentials.None(),
                new SyncWindow(from, now));
        IngestResult result = writer.write(connector.fetch(request),
                batch -> batch.latestCommitted().ifPresent(at -> sources.advanceLastSynced(source.getId(), at)));
        sources.advanceLastSynced(source.getId(), now);
        if (result.inserted() > 0) {
            progress.accept("Computing daily statistics and health scores");
            stats.markPending(demo.id(), from, now, clock.instant());
            aggregator.aggregateAll().profiles().forEach(analysis::analyze);
        }
        LOG.info("Demo data for profile {} source {}: {} inserted, {} duplicates, {} rejected", demo.id(),
                source.getId(), result.inserted(), result.duplicates(), result.rejected());
        return demo;
    }
}

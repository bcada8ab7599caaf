package org.pulseport.app.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.store.SourceEntity;
import org.pulseport.app.store.SourceKind;
import org.pulseport.app.store.SyncEventRepository.SyncEvent;
import org.pulseport.core.connector.Credentials;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.error.PulseportException;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Sample;

class EngineTest {

    private static final Instant MONDAY_0200 = Instant.parse("2026-03-02T02:00:00Z");

    @TempDir
    Path dir;
    private EngineFixture fx;

    @AfterEach
    void close() {
        fx.close();
    }

    private EngineFixture fixture() {
        fx = new EngineFixture(dir, MONDAY_0200);
        return fx;
    }

    @Test
    void aMissedDailyRunCatchesUpExactlyOnceAtTheNextStart() {
        EngineFixture f = fixture();
        f.source("oura", "ring-1");
        f.wearable.behave(request -> Stream.empty());
        f.newEngine(RecurringJob.SYNC_WEARABLES_DAILY).start();
        f.runDueJobs();
        assertThat(f.jobRuns("syncWearablesDaily")).isZero();

        f.engine().close();
        f.advance(Duration.ofDays(2).plusHours(8));
        f.newEngine(RecurringJob.SYNC_WEARABLES_DAILY).start();
        f.runDueJobs();
        assertThat(f.jobRuns("syncWearablesDaily")).isEqualTo(1);
        assertThat(f.wearable.requests).hasSize(1);
        assertThat(f.aggregations).isEqualTo(1);
        assertThat(f.analyzed).containsExactly(f.profileId);

        f.runDueJobs();
        assertThat(f.jobRuns("syncWearablesDaily")).isEqualTo(1);
        f.advance(Duration.ofHours(17));
        f.runDueJobs();
        assertThat(f.jobRuns("syncWearablesDaily")).isEqualTo(2);
    }

    @Test
    void theAggregationWaitsUntilTheQueuedSyncsHaveFinished() {
        EngineFixture f = fixture();
        f.source("oura", "ring-1");
        Engine engine = f.newEngine(RecurringJob.SYNC_WEARABLES_DAILY);
        engine.start();
        f.advance(Duration.ofHours(1).plusMinutes(1));
        f.schedulers.get(0).runAnyDueExecutions();
        assertThat(f.jobRuns("syncWearablesDaily")).isEqualTo(1);
        f.schedulers.stream().filter(s -> s != f.schedulers.get(0) && s != f.schedulers.get(1)).forEach(s -> s.runAnyDueExecutions());
        assertThat(f.aggregations).isZero();
        assertThat(f.runs.recent(10)).anySatisfy(r -> {
            assertThat(r.jobName()).isEqualTo(Engine.AGGREGATE);
            assertThat(r.status()).isEqualTo("deferred");
            assertThat(r.errorMessage()).isEqualTo("waiting for 1 syncs to finish");
        });
        f.runDueJobs();
        f.advance(Engine.AGGREGATE_POLL);
        f.runDueJobs();
        assertThat(f.aggregations).isEqualTo(1);
    }

    @Test
    void aCrashMidSyncLosesNothingCommittedAndTheNextRunResumesWithoutDuplicates() throws Exception {
        EngineFixture f = fixture();
        SourceEntity source = f.source("dexcom", "G7-1");
        AtomicInteger emitted = new AtomicInteger();
        f.cgm.behave(request -> EngineFixture.glucoseFor(request).peek(s -> {
            if (emitted.incrementAndGet() == 700) {
                throw new IllegalStateException("power cut");
            }
        }));
        Engine engine = f.engine();
        assertThatThrownBy(() -> engine.syncAndWait(source.getId(), SyncTrigger.MANUAL)).isInstanceOf(PulseportException.class);
        assertThat(f.sampleRows()).isEqualTo(500);
        assertThat(f.sources.findById(source.getId()).orElseThrow().getLastSyncedAt()).isNull();

        f.cgm.behave(EngineFixture::glucoseFor);
        SyncReport resumed = engine.syncAndWait(source.getId(), SyncTrigger.MANUAL);
        long expected = Duration.ofDays(30).toMinutes() / 5;
        assertThat(f.sampleRows()).isEqualTo(expected);
        assertThat(resumed.counts().inserted()).isEqualTo(expected - 500);
        assertThat(resumed.counts().duplicates()).isEqualTo(500);
        assertThat(f.sources.findById(source.getId()).orElseThrow().getLastSyncedAt()).isEqualTo(resumed.window().to());
        List<SyncEvent> events = f.events.recentForProfile(f.profileId, 10);
        assertThat(events).extracting(SyncEvent::outcome).containsExactly("ok", "failed");
        assertThat(events.get(1).inserted()).isEqualTo(500);
        assertThat(events.get(1).errorCode()).isEqualTo("unexpected_error");
    }

    @Test
    void laterSyncsAskOnlyFromTheLastSyncMinusAnOverlap() {
        EngineFixture f = fixture();
        SourceEntity source = f.source("dexcom", "G7-1");
        f.cgm.behave(EngineFixture::glucoseFor);
        Engine engine = f.engine();
        SyncReport first = engine.syncAndWait(source.getId(), SyncTrigger.MANUAL);
        assertThat(first.window().from()).isEqualTo(MONDAY_0200.minus(Duration.ofDays(30)));
        f.advance(Duration.ofMinutes(30));
        SyncReport second = engine.syncAndWait(source.getId(), SyncTrigger.MANUAL);
        assertThat(second.window().from()).isEqualTo(MONDAY_0200.minus(Duration.ofHours(1)));
        assertThat(second.counts().inserted()).isEqualTo(6);
        assertThat(second.counts().duplicates()).isEqualTo(12);
    }

    @Test
    void anExpiredTokenIsRefreshedOnceAndTheSyncCompletes() {
        EngineFixture f = fixture();
        SourceEntity source = f.source(SourceKind.CLOUD, "dexcom", "account-1");
        AtomicInteger refreshes = new AtomicInteger();
        f.cgm.behave(request -> {
            if (((Credentials.OAuthTokens) request.credentials()).accessToken().equals("expired")) {
                throw new PulseportException(new PulseportError.AuthError("401 from egvs"));
            }
            return EngineFixture.glucoseFor(request).limit(3);
        });
        SyncReport report = f.newEngine(credentials("expired", () -> {
            refreshes.incrementAndGet();
            return new Credentials.OAuthTokens("fresh", "r2", null);
        })).syncAndWait(source.getId(), SyncTrigger.MANUAL);
        assertThat(report.outcome()).isEqualTo(SyncReport.Outcome.COMPLETED);
        assertThat(report.counts().inserted()).isEqualTo(3);
        assertThat(refreshes).hasValue(1);
    }

    @Test
    void aFailedRefreshMarksTheConnectionInactiveAndTellsTheUser() {
        EngineFixture f = fixture();
        SourceEntity source = f.source(SourceKind.CLOUD, "dexcom", "account-1");
        f.cgm.behave(request -> {
            throw new PulseportException(new PulseportError.AuthError("401 from egvs"));
        });
        SyncReport report = f.newEngine(credentials("expired", () -> {
            throw new PulseportException(new PulseportError.AuthError("refresh token revoked"));
        })).syncAndWait(source.getId(), SyncTrigger.MANUAL);
        assertThat(report.outcome()).isEqualTo(SyncReport.Outcome.DEACTIVATED);
        SourceEntity after = f.sources.findById(source.getId()).orElseThrow();
        assertThat(after.getStatus()).isEqualTo("inactive");
        assertThat(after.getStatusReason()).contains("Reconnect it in Connections");
        assertThat(f.events.recentForProfile(f.profileId, 1).get(0).outcome()).isEqualTo("deactivated");
        assertThat(f.newEngine().syncAndWait(source.getId(), SyncTrigger.MANUAL).outcome()).isEqualTo(SyncReport.Outcome.SKIPPED);
    }

    @Test
    void aRateLimitedSyncWaitsForTheProvidersRetryAfterWithoutCountingAsAFailure() {
        EngineFixture f = fixture();
        SourceEntity source = f.source("dexcom", "G7-1");
        AtomicInteger calls = new AtomicInteger();
        f.cgm.behave(request -> {
            if (calls.incrementAndGet() == 1) {
                throw new PulseportException(new PulseportError.RateLimited(Optional.of(Duration.ofSeconds(120)), "429"));
            }
            return EngineFixture.glucoseFor(request).limit(2);
        });
        Engine engine = f.engine();
        engine.start();
        engine.enqueueSync(source.getId());
        f.runDueJobs();
        assertThat(calls).hasValue(1);
        f.advance(Duration.ofSeconds(119));
        f.runDueJobs();
        assertThat(calls).hasValue(1);
        f.advance(Duration.ofSeconds(1));
        f.runDueJobs();
        assertThat(calls).hasValue(2);
        assertThat(f.deadLetters.open()).isEmpty();
        assertThat(f.runs.recent(10)).extracting(r -> r.status()).containsExactly("succeeded", "deferred");
    }

    @Test
    void anUnavailableApiIsRetriedThreeTimesWithBackOffThenDeadLetteredWhileOtherConnectionsGoOn() throws Exception {
        EngineFixture f = fixture();
        SourceEntity broken = f.source("oura", "ring-1");
        SourceEntity healthy = f.source("dexcom", "G7-1");
        f.wearable.behave(request -> {
            throw new PulseportException(new PulseportError.ProviderError("503 Service Unavailable"));
        });
        f.cgm.behave(request -> EngineFixture.glucoseFor(request).limit(4));
        Engine engine = f.engine();
        engine.start();
        engine.enqueueSync(broken.getId());
        engine.enqueueSync(healthy.getId());
        f.runDueJobs();
        assertThat(f.wearable.requests).hasSize(1);
        assertThat(f.sampleRows()).isEqualTo(4);
        for (int backOff : new int[] {5, 10, 20}) {
            f.advance(Duration.ofSeconds(backOff - 1));
            f.runDueJobs();
            int before = f.wearable.requests.size();
            f.advance(Duration.ofSeconds(1));
            f.runDueJobs();
            assertThat(f.wearable.requests).hasSize(before + 1);
        }
        assertThat(f.wearable.requests).hasSize(4);
        assertThat(f.deadLetters.open()).singleElement().satisfies(letter -> {
            assertThat(letter.taskName()).isEqualTo(Engine.SYNC_SOURCE);
            assertThat(letter.attempts()).isEqualTo(4);
            assertThat(letter.errorCode()).isEqualTo("provider_error");
            assertThat(letter.errorMessage()).isEqualTo("503 Service Unavailable");
        });
        f.advance(Duration.ofHours(1));
        f.runDueJobs();
        assertThat(f.wearable.requests).hasSize(4);

        f.wearable.behave(request -> Stream.empty());
        long id = f.deadLetters.open().get(0).id();
        assertThat(engine.retryDeadLetter(id)).isTrue();
        f.runDueJobs();
        assertThat(f.wearable.requests).hasSize(5);
        assertThat(f.deadLetters.open()).isEmpty();
        assertThat(engine.retryDeadLetter(id)).isFalse();
        assertThat(engine.overview(Duration.ofDays(1), 20).stats()).anySatisfy(stats -> {
            assertThat(stats.jobName()).isEqualTo(Engine.SYNC_SOURCE);
            assertThat(stats.failures()).isEqualTo(4);
            assertThat(stats.runs()).isEqualTo(6);
        });
    }

    @Test
    void aNetworkTimeoutIsRetriedAndThenSucceeds() {
        EngineFixture f = fixture();
        SourceEntity source = f.source("dexcom", "G7-1");
        AtomicInteger calls = new AtomicInteger();
        f.cgm.behave(request -> {
            if (calls.incrementAndGet() == 1) {
                throw new PulseportException(new PulseportError.NetworkError("read timed out after 30 s"));
            }
            return EngineFixture.glucoseFor(request).limit(1);
        });
        Engine engine = f.engine();
        engine.start();
        engine.enqueueSync(source.getId());
        f.runDueJobs();
        f.advance(JobScheduler.FIRST_BACKOFF);
        f.runDueJobs();
        assertThat(calls).hasValue(2);
        assertThat(f.events.recentForProfile(f.profileId, 2)).extracting(SyncEvent::outcome).containsExactly("ok", "failed");
        assertThat(f.deadLetters.open()).isEmpty();
    }

    @Test
    void anInvalidRecordIsSkippedAloneWithTheRestKept() {
        EngineFixture f = fixture();
        SourceEntity source = f.source("dexcom", "G7-1");
        f.cgm.behave(request -> Stream.concat(EngineFixture.glucoseFor(request).limit(5), Stream.of(
                Sample.of(request.source().profileId(), request.source().sourceId(), MetricType.GLUCOSE,
                        request.window().from().plusSeconds(1), java.time.ZoneOffset.UTC, Double.NaN))));
        SyncReport report = f.engine().syncAndWait(source.getId(), SyncTrigger.MANUAL);
        assertThat(report.outcome()).isEqualTo(SyncReport.Outcome.COMPLETED);
        assertThat(report.counts().inserted()).isEqualTo(5);
        assertThat(report.counts().rejected()).isEqualTo(1);
        assertThat(f.events.recentForProfile(f.profileId, 1).get(0).rejected()).isEqualTo(1);
    }

    @Test
    void atMostFiveSyncsRunAtOnceAndASecondRequestForARunningSourceJoinsIt() throws Exception {
        EngineFixture f = fixture();
        List<SourceEntity> many = IntStream.range(0, 12).mapToObj(i -> f.source("dexcom", "G7-" + i)).toList();
        AtomicInteger active = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        f.cgm.behave(request -> {
            peak.accumulateAndGet(active.incrementAndGet(), Math::max);
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            active.decrementAndGet();
            return Stream.empty();
        });
        Engine engine = f.engine();
        List<CompletableFuture<SyncReport>> syncs = many.stream().map(s -> engine.syncNow(s.getId())).toList();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> active.get() == WorkQueue.SYNC.concurrency());
        assertThat(engine.syncNow(many.get(0).getId())).isSameAs(syncs.get(0));
        release.countDown();
        CompletableFuture.allOf(syncs.toArray(CompletableFuture[]::new)).get();
        assertThat(peak).hasValue(5);
        assertThat(f.cgm.requests).hasSize(12);
    }

    @Test
    void aJobThatMissesHeartbeatsWhileTheComputerSleepsIsNotRunTwice() {
        EngineFixture f = fixture();
        SourceEntity source = f.source("dexcom", "G7-1");
        AtomicInteger calls = new AtomicInteger();
        f.cgm.behave(request -> {
            calls.incrementAndGet();
            f.advance(Duration.ofHours(2));
            f.schedulers.forEach(s -> s.runDeadExecutionDetection());
            return Stream.empty();
        });
        Engine engine = f.engine();
        engine.start();
        engine.enqueueSync(source.getId());
        f.runDueJobs();
        f.advance(Duration.ofMinutes(10));
        f.runDueJobs();
        assertThat(calls).hasValue(1);
        assertThat(f.runs.recent(10)).extracting(r -> r.status()).containsExactly("succeeded");
    }

    @Test
    void jobsInterruptedByACrashRunAgainAtTheNextStart() throws Exception {
        EngineFixture f = fixture();
        SourceEntity source = f.source("dexcom", "G7-1");
        f.newEngine().start();
        f.engine().enqueueSync(source.getId());
        try (Connection c = f.db.dataSource().getConnection()) {
            c.createStatement().executeUpdate("UPDATE queue_sync SET picked = TRUE, picked_by = 'dead-process',"
                    + " last_heartbeat = TIMESTAMP WITH TIME ZONE '2026-03-02 02:00:00+00'");
        }
        f.cgm.behave(request -> EngineFixture.glucoseFor(request).limit(2));
        f.runDueJobs();
        assertThat(f.cgm.requests).isEmpty();
        f.newEngine().start();
        f.runDueJobs();
        assertThat(f.cgm.requests).hasSize(1);
        assertThat(f.sampleRows()).isEqualTo(2);
    }

    private static CredentialsProvider credentials(String access, java.util.function.Supplier<Credentials> refresh) {
        return new CredentialsProvider() {
            @Override
            public Credentials current(SourceEntity source) {
                return new Credentials.OAuthTokens(access, "r1", null);
            }

            @Override
            public Credentials refresh(SourceEntity source) {
                return refresh.get();
            }
        };
    }
}

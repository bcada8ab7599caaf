package org.pulseport.app.engine;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.pulseport.app.store.IngestResult;
import org.pulseport.app.store.SampleWriter;
import org.pulseport.app.store.SourceEntity;
import org.pulseport.app.store.SourceKind;
import org.pulseport.app.store.SourceRepository;
import org.pulseport.app.store.SyncEventRepository;
import org.pulseport.core.connector.Credentials;
import org.pulseport.core.connector.FetchRequest;
import org.pulseport.core.connector.SourceConnector;
import org.pulseport.core.connector.SourceRef;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.error.PulseportException;
import org.pulseport.core.model.SyncWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Syncs one source, following the pipeline of the sync design: load the source, get its (decrypted, refreshed)
 * credentials, resolve its connector, fetch the window as a lazy stream, store it in idempotent batches,
 * advance the last-synced mark only after everything is committed, record the sync event, then hand the report
 * to the follow-ups (webhooks, analytics, anomaly checks, notifications).
 *
 * <p>A rejected sign-in is refreshed once; if that fails the source becomes inactive and the user is told.
 * Retryable errors (rate limits, provider errors, timeouts) are rethrown for the work queue's retry policy.
 */
public final class SyncPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(SyncPipeline.class);

    private final SourceRepository sources;
    private final ConnectorRegistry connectors;
    private final CredentialsProvider credentials;
    private final SampleWriter writer;
    private final SyncEventRepository events;
    private final SyncWindowPolicy windows;
    private final List<SyncFollowUp> followUps;
    private final Clock clock;

    public SyncPipeline(SourceRepository sources, ConnectorRegistry connectors, CredentialsProvider credentials,
                        SampleWriter writer, SyncEventRepository events, SyncWindowPolicy windows,
                        List<SyncFollowUp> followUps, Clock clock) {
        this.sources = sources;
        this.connectors = connectors;
        this.credentials = credentials;
        this.writer = writer;
        this.events = events;
        this.windows = windows;
        this.followUps = List.copyOf(followUps);
        this.clock = clock;
    }

    public SyncReport sync(long sourceId, SyncTrigger trigger) {
        SourceEntity source = sources.findById(sourceId).orElseThrow(() -> new PulseportException(
                new PulseportError.RecordNotFound("source " + sourceId + " no longer exists")));
        if (!SourceEntity.ACTIVE.equals(source.getStatus())) {
            LOG.info("sync skip source={} profile={}: inactive ({})", sourceId, source.getProfileId(), source.getStatusReason());
            return skipped(source, "inactive: " + source.getStatusReason());
        }
        SourceConnector connector = connectors.find(source.getConnectorId()).orElse(null);
        if (connector == null && source.getKind() == SourceKind.DEVICE) {
            LOG.info("sync skip source={}: a device, imported when it is plugged in", sourceId);
            return skipped(source, "a device: its readings are imported when it is plugged in");
        }
        if (connector == null) {
            LOG.warn("sync skip source={}: connector '{}' is not installed", sourceId, source.getConnectorId());
            return skipped(source, "connector '" + source.getConnectorId() + "' is not installed");
        }
        SyncWindow window = windows.window(source.getLastSyncedAt(), connector, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        long eventId = events.started(source.getProfileId(), sourceId, trigger.code(), clock.instant(), window.from(), window.to());
        LOG.info("sync start event={} source={} profile={} connector={} window={}..{} trigger={}", eventId, sourceId,
                source.getProfileId(), connector.id(), window.from(), window.to(), trigger.code());
        AtomicReference<IngestResult> committed = new AtomicReference<>(IngestResult.EMPTY);
        try {
            IngestResult counts = fetchAndStore(source, connector, window, committed);
            sources.advanceLastSynced(sourceId, window.to());
            events.finished(eventId, clock.instant(), counts, "ok", null, null);
            LOG.info("sync done event={} source={} inserted={} duplicates={} rejected={}", eventId, sourceId,
                    counts.inserted(), counts.duplicates(), counts.rejected());
            SyncReport report = new SyncReport(source.getProfileId(), sourceId, connector.id(), window, counts,
                    SyncReport.Outcome.COMPLETED, "");
            followUps.forEach(f -> runFollowUp(f, report));
            return report;
        } catch (PulseportException e) {
            if (e.error() instanceof PulseportError.AuthError) {
                sources.markInactive(sourceId, e.error().userMessage());
                events.finished(eventId, clock.instant(), committed.get(), "deactivated", e.error().code(), e.error().detail());
                LOG.warn("sync deactivated source={} profile={}: {}", sourceId, source.getProfileId(), e.error().detail());
                return new SyncReport(source.getProfileId(), sourceId, connector.id(), window, committed.get(),
                        SyncReport.Outcome.DEACTIVATED, e.error().userMessage());
            }
            events.finished(eventId, clock.instant(), committed.get(), "failed", e.error().code(), e.error().detail());
            LOG.warn("sync failed event={} source={} error={}: {}", eventId, sourceId, e.error().code(), e.error().detail());
            throw e;
        } catch (RuntimeException e) {
            PulseportError error = new PulseportError.UnexpectedError(e.toString());
            events.finished(eventId, clock.instant(), committed.get(), "failed", error.code(), error.detail());
            LOG.error("sync failed event={} source={}", eventId, sourceId, e);
            throw new PulseportException(error, e);
        }
    }

    private IngestResult fetchAndStore(SourceEntity source, SourceConnector connector, SyncWindow window,
                                       AtomicReference<IngestResult> committed) {
        try {
            return fetchAndStore(source, connector, window, credentials.current(source), committed);
        } catch (PulseportException e) {
            if (!(e.error() instanceof PulseportError.AuthError)) {
                throw e;
            }
            LOG.info("sync source={}: sign-in rejected, refreshing once", source.getId());
            return fetchAndStore(source, connector, window, credentials.refresh(source), committed);
        }
    }

    private IngestResult fetchAndStore(SourceEntity source, SourceConnector connector, SyncWindow window,
                                       Credentials signIn, AtomicReference<IngestResult> committed) {
        FetchRequest request = new FetchRequest(new SourceRef(source.getProfileId(), source.getId()), signIn, window);
        return writer.write(connector.fetch(request), batch -> committed.accumulateAndGet(batch, IngestResult::plus));
    }

    private SyncReport skipped(SourceEntity source, String why) {
        return new SyncReport(source.getProfileId(), source.getId(), source.getConnectorId(), null, IngestResult.EMPTY,
                SyncReport.Outcome.SKIPPED, why);
    }

    private static void runFollowUp(SyncFollowUp followUp, SyncReport report) {
        try {
            followUp.afterSync(report);
        } catch (RuntimeException e) {
            LOG.error("follow-up {} after sync of source {} failed", followUp.getClass().getSimpleName(), report.sourceId(), e);
        }
    }
}

package org.pulseport.app.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.pulseport.app.store.DeviceEntity;
import org.pulseport.app.store.DeviceRepository;
import org.pulseport.app.store.IngestResult;
import org.pulseport.app.store.SampleQueries;
import org.pulseport.app.store.SampleWriter;
import org.pulseport.app.store.SourceEntity;
import org.pulseport.app.store.SourceKind;
import org.pulseport.app.store.SourceRepository;
import org.pulseport.app.store.SyncEventRepository;
import org.pulseport.core.connector.SourceRef;
import org.pulseport.core.error.PulseportException;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Profile;
import org.pulseport.core.model.Sample;
import org.pulseport.core.model.SyncWindow;
import org.pulseport.devices.download.DeviceException;
import org.pulseport.devices.download.DownloadRequest;
import org.pulseport.devices.download.DownloadSession;
import org.pulseport.devices.hotplug.DeviceFamily;
import org.pulseport.devices.transport.Transport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports the readings of one attached device into one profile, the device counterpart of {@link SyncPipeline}:
 * the device's source (kind device, connector id = family code, external id = serial number) is found or created;
 * the download asks only for readings after the source's last-synced mark minus {@link #OVERLAP}; readings are
 * stored with {@link SampleWriter} in idempotent batches, so re-plugging stores nothing twice (readings in the
 * overlap are first matched to the stored ones, see {@link StoredTimes}); the device clock's
 * offset is stored on the device at each download (with a warning above 15 minutes); one sync event records the
 * import; the follow-ups (daily statistics) run for whatever was committed.
 *
 * <p>A failure mid-transfer (an unplugged cable) discards the batch in flight, keeps the batches committed before
 * it and says so; the next import continues after them. Failures are reported, not thrown.
 */
public final class DeviceImportService {

    /** How far before the last-synced mark a new download starts; what overlaps is recognised as stored. */
    public static final Duration OVERLAP = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(DeviceImportService.class);

    private final DeviceDrivers drivers;
    private final ProfileService profiles;
    private final DeviceRepository devices;
    private final SourceRepository sources;
    private final SampleWriter writer;
    private final SampleQueries stored;
    private final SyncEventRepository events;
    private final List<SyncFollowUp> followUps;
    private final Clock clock;
    private final ZoneId computerZone;
    private final Duration replyTimeout;

    public DeviceImportService(DeviceDrivers drivers, ProfileService profiles, DeviceRepository devices,
                               SourceRepository sources, SampleWriter writer, SampleQueries stored,
                               SyncEventRepository events, List<SyncFollowUp> followUps, Clock clock,
                               ZoneId computerZone, Duration replyTimeout) {
        this.drivers = drivers;
        this.profiles = profiles;
        this.devices = devices;
        this.sources = sources;
        this.writer = writer;
        this.stored = stored;
        this.events = events;
        this.followUps = List.copyOf(followUps);
        this.clock = clock;
        this.computerZone = computerZone;
        this.replyTimeout = replyTimeout;
    }

    /** A device's serial number read over its protocol, or why it could not be read. */
    public sealed interface Identification {
        record Known(String serialNumber) implements Identification {
        }

        record Failed(DeviceProblem problem) implements Identification {
        }
    }

    /** Reads the serial number of the device on {@code transport}; the transport is closed afterwards. */
    public Identification identify(DeviceFamily family, Transport transport) {
        Optional<DeviceDriver> driver = drivers.find(family);
        if (driver.isEmpty()) {
            return new Identification.Failed(unsupported(family));
        }
        try {
            return new Identification.Known(driver.get().serialNumber().read(transport));
        } catch (DeviceException e) {
            LOG.info("Cannot identify {} on {}: {}", family.displayName(), transport.description(), e.getMessage());
            return new Identification.Failed(DeviceProblem.of(e.error()));
        } finally {
            transport.close();
        }
    }

    static DeviceProblem unsupported(DeviceFamily family) {
        return new DeviceProblem(DeviceProblem.Kind.UNSUPPORTED, "Pulseport recognises this " + family.displayName()
                + " but cannot download glucose readings from it.");
    }

    /** The display name of a device's source, e.g. "Dexcom G4/G5/G6 receiver SM12345678". */
    public static String sourceName(DeviceFamily family, String serialNumber) {
        return family.displayName() + " " + serialNumber;
    }

    /** Downloads what is new on the device into the profile; never throws for device or store failures. */
    public DeviceImportReport importFrom(DeviceImportRequest request) {
        Profile profile = profiles.find(request.profileId()).orElseThrow(() -> new IllegalArgumentException(
                "profile " + request.profileId() + " does not exist"));
        Optional<DeviceDriver> driver = drivers.find(request.family());
        if (driver.isEmpty()) {
            request.transport().close();
            return new Run(request, profile, null, 0, StoredTimes.none()).notStarted(unsupported(request.family()));
        }
        Instant now = clock.instant();
        String code = DeviceDrivers.code(request.family());
        DeviceEntity device = devices.recordSeen(code, request.serialNumber(), null, request.transport().description(), now);
        SourceEntity source = sources.findOrCreate(profile.id(), SourceKind.DEVICE, code, request.serialNumber(),
                sourceName(request.family(), request.serialNumber()), now);
        Optional<Instant> since = Optional.ofNullable(source.getLastSyncedAt()).map(mark -> mark.minus(OVERLAP));
        long eventId = events.started(profile.id(), source.getId(), request.trigger().code(), now, since.orElse(null),
                now.truncatedTo(ChronoUnit.SECONDS));
        LOG.info("device import start event={} device={} {} profile={} source={} since={} path={}", eventId,
                code, request.serialNumber(), profile.id(), source.getId(), since.orElse(null),
                request.transport().description());
        Run run = new Run(request, profile, source, eventId, since.map(from -> new StoredTimes(stored.instantsOfSource(
                profile.id(), source.getId(), MetricType.GLUCOSE, from.minus(StoredTimes.TOLERANCE),
                source.getLastSyncedAt().plus(StoredTimes.TOLERANCE)))).orElse(StoredTimes.none()));
        DownloadRequest download = DownloadRequest.everything(new SourceRef(profile.id(), source.getId()))
                .withProgress(new ImportProgressTracker(clock, request.progress()))
                .withCancellation(request.cancellation())
                .withComputerClock(clock, computerZone)
                .withReplyTimeout(replyTimeout);
        if (since.isPresent()) {
            download = download.since(since.get());
        }
        try (DownloadSession session = driver.get().downloader().open(request.transport(), download)) {
            return run.download(session, device);
        } catch (DeviceException e) {
            return run.failed(DeviceProblem.of(e.error()), e.error().toPulseportError().code(), e);
        } catch (RuntimeException | LinkageError e) {
            return run.failedUnexpectedly(e);
        }
    }

    /** The state of one import while it runs. */
    private final class Run {
        private final DeviceImportRequest request;
        private final Profile profile;
        private final SourceEntity source;
        private final long eventId;
        private final StoredTimes overlap;
        private final AtomicReference<IngestResult> committed = new AtomicReference<>(IngestResult.EMPTY);
        private Instant earliest;
        private Instant latestSeen;
        private boolean inOrder = true;
        private String model = "";
        private Optional<Duration> clockOffset = Optional.empty();
        private Optional<String> clockWarning = Optional.empty();
        private Map<String, Long> skipped = Map.of();

        Run(DeviceImportRequest request, Profile profile, SourceEntity source, long eventId, StoredTimes overlap) {
            this.request = request;
            this.profile = profile;
            this.source = source;
            this.eventId = eventId;
            this.overlap = overlap;
        }

        DeviceImportReport download(DownloadSession session, DeviceEntity device) {
            String answered = session.device().serialNumber();
            if (!request.serialNumber().equals(answered)) {
                return failed(new DeviceProblem(DeviceProblem.Kind.WRONG_DEVICE, "A different device (serial number "
                        + answered + ") answered instead of " + request.serialNumber() + ", so nothing was imported."
                        + " Plug in one device at a time and try again."), "wrong_device", null);
            }
            model = session.device().model();
            Duration offset = session.clockOffset().offset();
            clockOffset = Optional.of(offset);
            clockWarning = session.clockOffset().warning();
            devices.recordDownload(device.getId(), clock.instant(), offset.toMillis(), model);
            clockWarning.ifPresent(warning -> events.note(eventId, warning));
            try {
                IngestResult total = writer.write(observed(session.samples()), this::committedBatch);
                skipped = session.skipped();
                total.latestCommitted().ifPresent(at -> sources.advanceLastSynced(source.getId(), at));
                return finished(DeviceImportReport.Outcome.COMPLETED, total, null, null, Optional.empty());
            } catch (CancellationException e) {
                skipped = session.skipped();
                return finished(DeviceImportReport.Outcome.CANCELLED, committed.get(), "cancelled", "cancelled",
                        Optional.empty());
            } catch (PulseportException e) {
                skipped = session.skipped();
                DeviceProblem problem = e.getCause() instanceof DeviceException cause ? DeviceProblem.of(cause.error())
                        : new DeviceProblem(DeviceProblem.Kind.OTHER, e.error().userMessage());
                return failed(problem, e.error().code(), e);
            }
        }

        /** The samples with times snapped onto readings already stored, watched for the range they cover. */
        private Stream<Sample> observed(Stream<Sample> samples) {
            return samples.map(this::snapped).peek(sample -> {
                Instant at = sample.recordedAt();
                if (earliest == null || at.isBefore(earliest)) {
                    earliest = at;
                }
                if (latestSeen != null && at.isBefore(latestSeen)) {
                    inOrder = false;
                }
                if (latestSeen == null || at.isAfter(latestSeen)) {
                    latestSeen = at;
                }
            });
        }

        private Sample snapped(Sample s) {
            if (s.metric() != MetricType.GLUCOSE) {
                return s;
            }
            Instant at = overlap.snap(s.recordedAt());
            return at.equals(s.recordedAt()) ? s : new Sample(s.profileId(), s.sourceId(), s.metric(), at, s.utcOffset(),
                    s.value(), s.unit(), s.trend(), s.quality(), s.day());
        }

        /** After each committed batch: remember it, and move the mark while readings arrive oldest first. */
        private void committedBatch(IngestResult batch) {
            committed.accumulateAndGet(batch, IngestResult::plus);
            if (inOrder) {
                batch.latestCommitted().ifPresent(at -> sources.advanceLastSynced(source.getId(), at));
            }
        }

        DeviceImportReport failed(DeviceProblem problem, String code, Exception cause) {
            if (cause != null) {
                LOG.warn("device import failed event={} {} {}: {}", eventId, request.family(), request.serialNumber(),
                        cause.toString());
            }
            return finished(DeviceImportReport.Outcome.FAILED, committed.get(), problem.message(), code,
                    Optional.of(problem));
        }

        DeviceImportReport failedUnexpectedly(Throwable e) {
            LOG.error("device import failed event={} {} {}", eventId, request.family(), request.serialNumber(), e);
            return failed(new DeviceProblem(DeviceProblem.Kind.OTHER, "The import stopped because of an unexpected"
                    + " error (" + e.getMessage() + "). Try again; the log file has the details."), "unexpected_error", null);
        }

        DeviceImportReport notStarted(DeviceProblem problem) {
            return report(DeviceImportReport.Outcome.FAILED, IngestResult.EMPTY, problem.message(), Optional.of(problem));
        }

        private DeviceImportReport finished(DeviceImportReport.Outcome outcome, IngestResult counts, String errorMessage,
                                            String errorCode, Optional<DeviceProblem> problem) {
            String message = message(outcome, counts, problem);
            events.finished(eventId, clock.instant(), counts, outcome == DeviceImportReport.Outcome.COMPLETED ? "ok"
                    : outcome == DeviceImportReport.Outcome.CANCELLED ? "cancelled" : "failed", errorCode,
                    errorMessage == null ? null : message);
            LOG.info("device import {} event={} profile={} source={} inserted={} duplicates={} rejected={} skipped={}",
                    outcome, eventId, profile.id(), source.getId(), counts.inserted(), counts.duplicates(),
                    counts.rejected(), skipped);
            runFollowUps(counts);
            return report(outcome, counts, message, problem);
        }

        private void runFollowUps(IngestResult counts) {
            if (counts.inserted() == 0 || earliest == null || counts.latestCommitted().isEmpty()) {
                return;
            }
            Instant to = counts.latestCommitted().get().plusMillis(1);
            SyncReport report = new SyncReport(profile.id(), source.getId(), source.getConnectorId(),
                    new SyncWindow(earliest.isAfter(to) ? to : earliest, to), counts, SyncReport.Outcome.COMPLETED, "");
            for (SyncFollowUp followUp : followUps) {
                try {
                    followUp.afterSync(report);
                } catch (RuntimeException e) {
                    LOG.error("follow-up {} after device import {} failed", followUp.getClass().getSimpleName(), eventId, e);
                }
            }
        }

        private String message(DeviceImportReport.Outcome outcome, IngestResult counts,
                               Optional<DeviceProblem> problem) {
            String who = profile.name() + "'s profile";
            switch (outcome) {
                case COMPLETED:
                    if (counts.inserted() == 0) {
                        return "Nothing new on the device: every reading is already in " + who + ".";
                    }
                    return String.format("Imported %,d new readings into %s%s.", counts.inserted(), who,
                            counts.duplicates() > 0 ? String.format(" (%,d were already stored)", counts.duplicates()) : "");
                case CANCELLED:
                    return "Import cancelled. " + keptSentence(counts, who);
                default:
                    return problem.map(DeviceProblem::message).orElse("The import failed.") + " " + keptSentence(counts, who);
            }
        }

        private String keptSentence(IngestResult counts, String who) {
            if (counts.total() == 0) {
                return "No readings were stored from this attempt.";
            }
            return String.format("%,d readings were stored in %s before it stopped; the next import continues after"
                    + " them.", counts.inserted(), who);
        }

        private DeviceImportReport report(DeviceImportReport.Outcome outcome, IngestResult counts, String message,
                                          Optional<DeviceProblem> problem) {
            return new DeviceImportReport(outcome, profile.id(), profile.name(), request.family(),
                    request.serialNumber(), model, counts.inserted(), counts.duplicates(), counts.rejected(),
                    clockOffset, clockWarning, skipped, message, problem, eventId);
        }
    }
}

package org.pulseport.app.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongConsumer;
import org.pulseport.app.store.ActivityInsert;
import org.pulseport.app.store.ActivityRepository;
import org.pulseport.app.store.DailyStatsRepository;
import org.pulseport.app.store.NewActivity;
import org.pulseport.app.store.SampleWriter;
import org.pulseport.app.store.SourceKind;
import org.pulseport.app.store.SourceRepository;
import org.pulseport.core.activity.Activity;
import org.pulseport.devices.fit.ActivityImport;
import org.pulseport.devices.fit.FitActivityMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports FIT activity files into a profile: decodes them, stores the activity whole (summary, laps, streams)
 * unless the profile already has it, adds its one-minute means as samples ({@link ActivitySamples}) and asks for
 * the daily statistics of those days. A broken file yields a {@link ActivityImportResult.Failed} saying where,
 * never an exception, and never a half-stored activity.
 */
public final class ActivityImporter {

    /** The source of files the user imports by hand (CLI, drag and drop, File → Import). */
    public static final String FILE_CONNECTOR = "fit-file";

    private static final Logger LOG = LoggerFactory.getLogger(ActivityImporter.class);

    private final ActivityRepository activities;
    private final SourceRepository sources;
    private final SampleWriter samples;
    private final DailyStatsRepository stats;
    private final LongConsumer requestAggregation;
    private final FitActivityMapper mapper;
    private final Clock clock;

    public ActivityImporter(ActivityRepository activities, SourceRepository sources, SampleWriter samples,
                            DailyStatsRepository stats, LongConsumer requestAggregation, FitActivityMapper mapper,
                            Clock clock) {
        this.activities = activities;
        this.sources = sources;
        this.samples = samples;
        this.stats = stats;
        this.requestAggregation = requestAggregation;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Imports files the user picked, in order, into the profile's "FIT files" source. */
    public List<ActivityImportResult> importFiles(long profileId, List<Path> files) {
        long sourceId = sources.findOrCreate(profileId, SourceKind.FILE, FILE_CONNECTOR, "files", "FIT files",
                clock.instant()).getId();
        return files.stream().map(file -> importFile(profileId, sourceId, file)).toList();
    }

    /** Imports one local file into the given source of the profile (a head unit's, or the files source). */
    public ActivityImportResult importFile(long profileId, long sourceId, Path file) {
        String name = String.valueOf(file.getFileName());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new ActivityImportResult.Failed(name, "cannot read " + file + ": " + e.getMessage());
        }
        String hash = sha256(bytes);
        Optional<ActivityInsert.Duplicate> known = activities.findByFileHash(profileId, hash);
        if (known.isPresent()) {
            return new ActivityImportResult.AlreadyImported(name, known.get().existingId(), known.get().reason());
        }
        ActivityImport decoded = mapper.read(new ByteArrayInputStream(bytes));
        if (decoded instanceof ActivityImport.Rejected) {
            String reason = ((ActivityImport.Rejected) decoded).reason().replace(FitActivityMapper.PARTIAL_WARNING,
                    "decoding stopped: ");
            LOG.info("Not importing {} for profile {}: {}", file, profileId, reason);
            return new ActivityImportResult.Failed(name, "not an importable activity: " + reason);
        }
        ActivityImport.Imported imported = (ActivityImport.Imported) decoded;
        return store(new NewActivity(profileId, OptionalLong.of(sourceId), imported.activity(), name, hash,
                imported.warnings()));
    }

    private ActivityImportResult store(NewActivity candidate) {
        Optional<ActivityInsert.Duplicate> duplicate = activities.duplicateOf(candidate);
        if (duplicate.isPresent()) {
            return new ActivityImportResult.AlreadyImported(candidate.fileName(), duplicate.get().existingId(),
                    duplicate.get().reason());
        }
        Activity activity = candidate.activity();
        long sourceId = candidate.sourceId().orElseThrow();
        long written = samples.write(ActivitySamples.of(candidate.profileId(), sourceId, activity.summary().utcOffset(),
                activity.records()).stream()).inserted();
        ActivityInsert insert = activities.insert(candidate);
        if (insert instanceof ActivityInsert.Duplicate) {
            ActivityInsert.Duplicate d = (ActivityInsert.Duplicate) insert;
            return new ActivityImportResult.AlreadyImported(candidate.fileName(), d.existingId(), d.reason());
        }
        long id = ((ActivityInsert.Inserted) insert).activityId();
        LOG.info("Imported activity {} for profile {} from {}: {} records, {} samples, {} warnings", id,
                candidate.profileId(), candidate.fileName(), activity.records().size(), written,
                candidate.warnings().size());
        if (written > 0) {
            Instant start = activity.summary().start();
            stats.markPending(candidate.profileId(), start, start.plus(activity.summary().elapsed()), clock.instant());
            requestAggregation.accept(candidate.profileId());
        }
        return new ActivityImportResult.Imported(candidate.fileName(), id, activity.summary(), activity.laps().size(),
                activity.records().size(), candidate.warnings());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

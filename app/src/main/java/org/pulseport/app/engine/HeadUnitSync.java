package org.pulseport.app.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pulseport.app.store.ActivityRepository;
import org.pulseport.app.store.DeviceEntity;
import org.pulseport.app.store.HeadUnitPairings;
import org.pulseport.app.store.SourceKind;
import org.pulseport.app.store.SourceRepository;
import org.pulseport.core.model.Profile;
import org.pulseport.devices.headunit.HeadUnit;
import org.pulseport.devices.transport.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens when a head unit is connected: it is remembered in the devices table, paired with a profile (the
 * only profile, when there is exactly one, else by the user), its activity files not imported before are copied
 * to local disk one at a time and imported from there (never parsed over USB or MTP), and then the follow-ups
 * run (the workout queue writes queued workouts).
 */
public final class HeadUnitSync {

    private static final Logger LOG = LoggerFactory.getLogger(HeadUnitSync.class);

    private final HeadUnitPairings pairings;
    private final ProfileService profiles;
    private final SourceRepository sources;
    private final ActivityRepository activities;
    private final ActivityImporter importer;
    private final Path staging;
    private final List<HeadUnitFollowUp> followUps;
    private final Clock clock;

    public HeadUnitSync(HeadUnitPairings pairings, ProfileService profiles, SourceRepository sources,
                        ActivityRepository activities, ActivityImporter importer, Path staging,
                        List<HeadUnitFollowUp> followUps, Clock clock) {
        this.pairings = pairings;
        this.profiles = profiles;
        this.sources = sources;
        this.activities = activities;
        this.importer = importer;
        this.staging = staging;
        this.followUps = List.copyOf(followUps);
        this.clock = clock;
    }

    /** Pairs the unit with the profile (replacing an earlier pairing). */
    public void pair(HeadUnit unit, Profile profile) {
        DeviceEntity device = pairings.seen(unit.kind().code(), unit.unitId(), unit.model(), clock.instant());
        pairings.pair(device.getId(), profile.id());
        LOG.info("Paired {} (device {}) with profile {}", unit.displayName(), device.getId(), profile.id());
    }

    /** Handles a connected unit: remember, pair if unambiguous, import new activities, run the follow-ups. */
    public HeadUnitReport connected(HeadUnit unit) {
        DeviceEntity device = pairings.seen(unit.kind().code(), unit.unitId(), unit.model(), clock.instant());
        Optional<Profile> profile = pairedProfile(device);
        if (profile.isEmpty()) {
            List<Profile> all = profiles.list();
            if (all.size() == 1) {
                pair(unit, all.get(0));
                profile = Optional.of(all.get(0));
            }
        }
        if (profile.isEmpty()) {
            HeadUnitReport report = new HeadUnitReport(unit, Optional.empty(), List.of(), List.of());
            LOG.info("{}", report.summary());
            return report;
        }
        HeadUnitReport report = importNew(unit, profile.get());
        LOG.info("{}", report.summary());
        for (HeadUnitFollowUp followUp : followUps) {
            followUp.connected(unit, profile.get());
        }
        return report;
    }

    private Optional<Profile> pairedProfile(DeviceEntity device) {
        return Optional.ofNullable(device.getProfileId()).flatMap(profiles::find);
    }

    private HeadUnitReport importNew(HeadUnit unit, Profile profile) {
        long sourceId = sources.findOrCreate(profile.id(), SourceKind.DEVICE, unit.kind().code(), unit.unitId(),
                unit.displayName(), clock.instant()).getId();
        List<ActivityImportResult> results = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> files;
        try {
            files = unit.activityFiles();
        } catch (TransportException e) {
            return new HeadUnitReport(unit, Optional.of(profile), List.of(), List.of(e.error().userMessage()));
        }
        Set<String> known = activities.importedFileNames(sourceId);
        Path unitStaging = staging.resolve(unit.kind().code() + "-" + unit.unitId().replaceAll("[^A-Za-z0-9_-]", "_"));
        for (String file : files) {
            String name = Path.of(file).getFileName().toString();
            if (!known.contains(name)) {
                copyAndImport(unit, file, unitStaging.resolve(name), profile, sourceId, results, problems);
            }
        }
        return new HeadUnitReport(unit, Optional.of(profile), results, problems);
    }

    private void copyAndImport(HeadUnit unit, String file, Path local, Profile profile, long sourceId,
                               List<ActivityImportResult> results, List<String> problems) {
        try {
            Files.createDirectories(local.getParent());
            Files.write(local, unit.read(file));
            results.add(importer.importFile(profile.id(), sourceId, local));
        } catch (TransportException e) {
            problems.add(file + ": " + e.error().userMessage());
        } catch (IOException e) {
            problems.add(file + ": cannot copy to " + local + ": " + e.getMessage());
        } finally {
            deleteQuietly(local);
        }
    }

    private static void deleteQuietly(Path local) {
        try {
            Files.deleteIfExists(local);
        } catch (IOException e) {
            LOG.warn("Cannot remove the staging copy {}: {}", local, e.getMessage());
        }
    }
}

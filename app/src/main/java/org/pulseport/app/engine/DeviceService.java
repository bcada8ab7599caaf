package org.pulseport.app.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pulseport.app.store.DeviceEntity;
import org.pulseport.app.store.DeviceRepository;
import org.pulseport.app.store.SourceKind;
import org.pulseport.app.store.SyncEventRepository;
import org.pulseport.core.model.Profile;
import org.pulseport.devices.download.ClockOffset;
import org.pulseport.devices.hotplug.DeviceFamily;

/**
 * The devices Pulseport knows and whom they belong to: a device's first connection records it unpaired; pairing
 * routes its imports to a profile. In clinic mode ({@value #CLINIC_MODE}) staff confirm the patient before every
 * import, so a receiver handed over with the wrong patient's chart open is never imported silently.
 */
public final class DeviceService {

    /** The setting that turns on confirming the patient before each import ("true"/"false", default false). */
    public static final String CLINIC_MODE = "devices.clinic_mode";

    private final DeviceRepository devices;
    private final ProfileService profiles;
    private final SettingsService settings;
    private final SyncEventRepository events;
    private final Clock clock;

    public DeviceService(DeviceRepository devices, ProfileService profiles, SettingsService settings,
                         SyncEventRepository events, Clock clock) {
        this.devices = devices;
        this.profiles = profiles;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** A device Pulseport has seen, with its pairing and what the last download measured. */
    public record KnownDevice(long id, String familyCode, Optional<DeviceFamily> family, String serialNumber,
                              Optional<String> model, Optional<Profile> pairedWith, Instant firstSeen, Instant lastSeen,
                              Optional<String> lastPath, Optional<Duration> clockOffset) {

        /** E.g. "Dexcom G4/G5/G6 receiver". */
        public String familyName() {
            return family.map(DeviceFamily::displayName).orElse(familyCode);
        }

        /** E.g. "Dexcom G4/G5/G6 receiver SM12345678". */
        public String label() {
            return familyName() + " " + serialNumber;
        }

        /** Whether the last download found the device clock more than 15 minutes off. */
        public boolean clockNeedsAttention() {
            return clockOffset.map(o -> o.abs().compareTo(ClockOffset.WARNING_THRESHOLD) > 0).orElse(false);
        }

        /** E.g. "correct (±1 min)", "2 min ahead", "40 min behind, set the device clock", "not measured yet". */
        public String clockOffsetText() {
            if (clockOffset.isEmpty()) {
                return "not measured yet";
            }
            long seconds = clockOffset.get().getSeconds();
            long minutes = Math.round(Math.abs(seconds) / 60.0);
            String text = minutes == 0 ? "correct (±1 min)"
                    : minutes + " min " + (seconds > 0 ? "ahead" : "behind");
            return clockNeedsAttention() ? text + ", set the device clock" : text;
        }
    }

    /** What to do when a known device with a serial number is plugged in. */
    public sealed interface ArrivalPlan {
        /** Not paired yet: ask which profile it belongs to (or create one). */
        record AskForProfile() implements ArrivalPlan {
        }

        /** Paired, in clinic mode: staff confirm the patient first. */
        record ConfirmPatient(Profile profile) implements ArrivalPlan {
        }

        /** Paired: import into the profile right away. */
        record ImportInto(Profile profile) implements ArrivalPlan {
        }
    }

    /** One device import from the audit trail. */
    public record ImportEntry(long eventId, String profileName, String device, String serialNumber, String trigger,
                              Instant startedAt, Optional<Instant> finishedAt, long inserted, long duplicates,
                              long rejected, String outcome, Optional<String> message, Optional<String> note) {
    }

    public List<KnownDevice> devices() {
        Map<Long, Profile> byId = profilesById();
        return devices.findAll().stream().map(d -> known(d, byId)).toList();
    }

    public Optional<KnownDevice> find(DeviceFamily family, String serialNumber) {
        return devices.find(DeviceDrivers.code(family), serialNumber).map(d -> known(d, profilesById()));
    }

    public Optional<KnownDevice> find(long deviceId) {
        return devices.findById(deviceId).map(d -> known(d, profilesById()));
    }

    /** Records that the device is attached at {@code path} now; creates it unpaired on its first connection. */
    public KnownDevice recordSeen(DeviceFamily family, String serialNumber, String path) {
        return known(devices.recordSeen(DeviceDrivers.code(family), serialNumber, null, path, clock.instant()),
                profilesById());
    }

    /** Pairs the device with an existing profile, replacing an earlier pairing. */
    public KnownDevice pair(long deviceId, long profileId) {
        if (profiles.find(profileId).isEmpty()) {
            throw new IllegalArgumentException("There is no profile " + profileId + ".");
        }
        return devices.pair(deviceId, profileId).map(d -> known(d, profilesById()))
                .orElseThrow(() -> new IllegalArgumentException("There is no device " + deviceId + "."));
    }

    public void unpair(long deviceId) {
        devices.unpair(deviceId);
    }

    public boolean clinicMode() {
        return settings.value(CLINIC_MODE).map(Boolean::parseBoolean).orElse(false);
    }

    public void setClinicMode(boolean on) {
        settings.setValue(CLINIC_MODE, String.valueOf(on));
    }

    /** What a plug-in of this device should lead to, given its pairing and clinic mode. */
    public ArrivalPlan plan(KnownDevice device) {
        if (device.pairedWith().isEmpty()) {
            return new ArrivalPlan.AskForProfile();
        }
        Profile profile = device.pairedWith().get();
        return clinicMode() ? new ArrivalPlan.ConfirmPatient(profile) : new ArrivalPlan.ImportInto(profile);
    }

    /** The newest device imports of every profile, newest first. */
    public List<ImportEntry> importHistory(int limit) {
        Map<Long, Profile> byId = profilesById();
        return events.recentOfKind(SourceKind.DEVICE, limit).stream().map(e -> new ImportEntry(e.event().id(),
                Optional.ofNullable(byId.get(e.event().profileId())).map(Profile::name).orElse("?"),
                e.sourceName(), e.externalId(), e.event().trigger(), e.event().startedAt(),
                Optional.ofNullable(e.event().finishedAt()), e.event().inserted(), e.event().duplicates(),
                e.event().rejected(), e.event().outcome(), Optional.ofNullable(e.event().errorMessage()),
                Optional.ofNullable(e.note()))).toList();
    }

    private Map<Long, Profile> profilesById() {
        return profiles.list().stream().collect(Collectors.toMap(Profile::id, Function.identity()));
    }

    private static KnownDevice known(DeviceEntity d, Map<Long, Profile> profilesById) {
        return new KnownDevice(d.getId(), d.getFamily(), DeviceDrivers.fromCode(d.getFamily()), d.getSerialNumber(),
                Optional.ofNullable(d.getModel()), Optional.ofNullable(d.getProfileId()).map(profilesById::get),
                d.getFirstSeenAt(), d.getLastSeenAt(), Optional.ofNullable(d.getLastPath()),
                Optional.ofNullable(d.getLastClockOffsetMs()).map(Duration::ofMillis));
    }
}

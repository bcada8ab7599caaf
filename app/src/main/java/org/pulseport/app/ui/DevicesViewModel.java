package org.pulseport.app.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pulseport.app.engine.DetectedDevice;
import org.pulseport.app.engine.DeviceActivity;
import org.pulseport.app.engine.DeviceDrivers;
import org.pulseport.app.engine.DeviceImportReport;
import org.pulseport.app.engine.DeviceProblem;
import org.pulseport.app.engine.DeviceService;
import org.pulseport.app.engine.DeviceWatcher;
import org.pulseport.app.engine.ProfileCreation;
import org.pulseport.app.engine.ProfileService;
import org.pulseport.core.model.Profile;

/**
 * The Devices view's logic: the devices attached now merged with the devices Pulseport knows, the pairing prompt
 * (which profile does a new device belong to? in clinic mode: is this the right patient?), the running import
 * with its progress and a cancel action, the import history, and problems with their next step (the udev rule
 * for permission problems). Device activity arrives on the watcher's threads and is handed to {@code fxThread}.
 */
public final class DevicesViewModel {

    /** How many imports the history shows. */
    static final int HISTORY_LENGTH = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** One row of the devices table. */
    public record DeviceRow(String device, String serialNumber, String profile, String status, String clock,
                            boolean attached, Optional<String> path, Optional<Long> deviceId,
                            Optional<DetectedDevice.State> state, boolean paired) {

        /** A paired device that is attached and idle can be imported from now. */
        public boolean canImportNow() {
            return attached && paired && state.filter(s -> s == DetectedDevice.State.READY
                    || s == DetectedDevice.State.PROBLEM).isPresent();
        }

        /** An identified, attached device can be (re-)paired. */
        public boolean canPair() {
            return attached && deviceId.isPresent() && state.filter(s -> s != DetectedDevice.State.IMPORTING).isPresent();
        }
    }

    /** One row of the import history. */
    public record ImportRow(String when, String profile, String device, String result, String note, boolean failed) {
    }

    /** A question about a device: which profile it belongs to, or (clinic mode) whether the patient is right. */
    public record Prompt(Kind kind, String path, String device, Optional<Profile> pairedWith) {

        public enum Kind { CHOOSE_PROFILE, CONFIRM_PATIENT }

        public String title() {
            return kind == Kind.CHOOSE_PROFILE ? "New device: " + device : "Confirm the patient for " + device;
        }

        /** For a confirmation, e.g. "Import into Ann?". */
        public String question() {
            return kind == Kind.CHOOSE_PROFILE ? "Which profile does it belong to?"
                    : "Import into " + pairedWith.map(Profile::name).orElse("?") + "?";
        }
    }

    private final DeviceService devices;
    private final DeviceWatcher watcher;
    private final ProfileService profileService;
    private final TaskRunner tasks;
    private final Executor fxThread;
    private final Runnable showDevices;
    private final Runnable profilesChanged;
    private final Clock clock;

    private final ObservableList<DeviceRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ImportRow> history = FXCollections.observableArrayList();
    private final ObservableList<Profile> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<Profile> chosenProfile = new SimpleObjectProperty<>();
    private final StringProperty newProfileName = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Prompt> prompt = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper promptFeedback = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper importVisible = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper importTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper importResult = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper importFailed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper offerUdevRule = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty clinicMode = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper watchStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper("");

    private final Deque<Prompt> waitingPrompts = new ArrayDeque<>();
    private final Map<String, DetectedDevice> attached = new LinkedHashMap<>();
    private List<DeviceService.KnownDevice> known = List.of();
    private boolean clinicModeLoaded;
    private boolean attachedLoaded;

    /**
     * @param fxThread        where device activity is handled ({@code Platform::runLater}; inline in tests)
     * @param showDevices     brings the Devices view to the front (a prompt or an import needs attention)
     * @param profilesChanged called after a profile was created on the spot
     */
    public DevicesViewModel(DeviceService devices, DeviceWatcher watcher, ProfileService profileService, TaskRunner tasks,
                            Executor fxThread, Runnable showDevices, Runnable profilesChanged, Clock clock) {
        this.devices = devices;
        this.watcher = watcher;
        this.profileService = profileService;
        this.tasks = tasks;
        this.fxThread = fxThread;
        this.showDevices = showDevices;
        this.profilesChanged = profilesChanged;
        this.clock = clock;
        Consumer<DeviceActivity> listener = activity -> fxThread.execute(() -> onActivity(activity));
        watcher.addListener(listener);
        clinicMode.addListener((o, before, now) -> {
            if (clinicModeLoaded && before != now) {
                tasks.run("Saving clinic mode", () -> {
                    devices.setClinicMode(now);
                    return now;
                }, saved -> { }, error -> problem.set("Could not save clinic mode: " + error.getMessage()));
            }
        });
    }

    /** Loads known devices, the import history, the profiles and clinic mode; merges the attached devices. */
    public void reload() {
        tasks.run("Loading devices", () -> new Loaded(devices.devices(), devices.importHistory(HISTORY_LENGTH),
                profileService.list(), devices.clinicMode(), watcher.detected(), watcher.isRunning()), loaded -> {
                    known = loaded.known();
                    if (!attachedLoaded) {
                        loaded.attached().forEach(d -> attached.putIfAbsent(d.path(), d));
                        attachedLoaded = true;
                    }
                    history.setAll(loaded.history().stream().map(this::historyRow).toList());
                    Profile chosen = chosenProfile.get();
                    profiles.setAll(loaded.profiles());
                    chosenProfile.set(chosen != null && loaded.profiles().contains(chosen) ? chosen : null);
                    clinicModeLoaded = false;
                    clinicMode.set(loaded.clinicMode());
                    clinicModeLoaded = true;
                    watchStatus.set(loaded.watching() ? "Plug in a CGM receiver or reader: Pulseport recognises it within"
                            + " two seconds." : "Plug-in detection is off in this window. Import from a port with"
                            + " 'pulseport import-device --port PATH --profile NAME'.");
                    rebuildRows();
                }, error -> problem.set("Could not load the devices: " + error.getMessage()));
    }

    private void onActivity(DeviceActivity activity) {
        DetectedDevice device = activity.device();
        if (activity instanceof DeviceActivity.Removed) {
            attached.remove(device.path());
            dropPrompts(device.path());
            if (problem.get().startsWith(device.label() + ": ")) {
                clearProblem();
            }
            rebuildRows();
            return;
        }
        attached.put(device.path(), device);
        if (activity instanceof DeviceActivity.Identified) {
            identified(device);
            reload();
        } else if (activity instanceof DeviceActivity.ImportStarted started) {
            importVisible.set(true);
            importing.set(true);
            importFailed.set(false);
            importTitle.set("Importing into " + started.profile().name());
            progress.set(-1);
            progressText.set("Connecting to " + device.label());
            importResult.set("");
            showDevices.run();
        } else if (activity instanceof DeviceActivity.ImportProgressed progressed) {
            progress.set(progressed.progress().fraction());
            progressText.set(progressed.progress().describe());
        } else if (activity instanceof DeviceActivity.ImportFinished finished) {
            importFinished(finished.report());
            reload();
        }
        rebuildRows();
    }

    private void identified(DetectedDevice device) {
        switch (device.state()) {
            case NEEDS_PROFILE:
                ask(new Prompt(Prompt.Kind.CHOOSE_PROFILE, device.path(), device.label(), Optional.empty()));
                break;
            case NEEDS_CONFIRMATION:
                ask(new Prompt(Prompt.Kind.CONFIRM_PATIENT, device.path(), device.label(), device.profile()));
                break;
            case PROBLEM:
                device.problem().ifPresent(why -> showProblem(device.label(), why));
                showDevices.run();
                break;
            case UNSUPPORTED:
                device.problem().ifPresent(why -> showProblem(device.label(), why));
                break;
            default:
                break;
        }
    }

    private void importFinished(DeviceImportReport report) {
        importing.set(false);
        importFailed.set(report.outcome() == DeviceImportReport.Outcome.FAILED);
        String who = report.profileName();
        switch (report.outcome()) {
            case COMPLETED:
                importTitle.set("Imported into " + who);
                progress.set(1);
                progressText.set(String.format("%,d readings from %s %s", report.fetched(),
                        report.family().displayName(), report.serialNumber()));
                break;
            case CANCELLED:
                importTitle.set("Import into " + who + " cancelled");
                break;
            default:
                importTitle.set("Import into " + who + " stopped");
                break;
        }
        importResult.set(report.message() + report.clockWarning().map(w -> " " + w).orElse(""));
        offerUdevRule.set(report.problem().map(DeviceProblem::showsUdevRule).orElse(false) || offerUdevRule.get());
    }

    private void showProblem(String device, DeviceProblem why) {
        problem.set(device + ": " + why.message());
        offerUdevRule.set(why.showsUdevRule());
    }

    private void clearProblem() {
        problem.set("");
        offerUdevRule.set(false);
    }

    private void ask(Prompt question) {
        dropPrompts(question.path());
        waitingPrompts.add(question);
        if (prompt.get() == null || prompt.get().path().equals(question.path())) {
            nextPrompt();
        }
        showDevices.run();
    }

    private void dropPrompts(String path) {
        waitingPrompts.removeIf(p -> p.path().equals(path));
        if (prompt.get() != null && prompt.get().path().equals(path)) {
            prompt.set(null);
            nextPrompt();
        }
    }

    private void nextPrompt() {
        promptFeedback.set("");
        newProfileName.set("");
        Prompt next = waitingPrompts.poll();
        if (next != null && next.kind() == Prompt.Kind.CHOOSE_PROFILE) {
            chosenProfile.set(null);
        }
        prompt.set(next);
    }

    /** Pairs the prompted device with the chosen profile and imports into it. */
    public void pairWithChosenProfile() {
        Prompt current = prompt.get();
        Profile profile = chosenProfile.get();
        if (current == null) {
            return;
        }
        if (profile == null) {
            promptFeedback.set("Choose a profile first, or create a new one.");
            return;
        }
        watcher.pairAndImport(current.path(), profile.id());
        nextPrompt();
    }

    /** Creates a profile with the typed name, pairs the prompted device with it and imports. */
    public void createProfileAndPair() {
        Prompt current = prompt.get();
        if (current == null) {
            return;
        }
        String name = newProfileName.get();
        tasks.run("Creating profile", () -> watcher.createProfileAndImport(current.path(), name, ZoneId.systemDefault()),
                result -> {
                    if (result instanceof ProfileCreation.Created) {
                        profilesChanged.run();
                        if (prompt.get() == current) {
                            nextPrompt();
                        }
                    } else {
                        promptFeedback.set(((ProfileCreation.Rejected) result).reason());
                    }
                }, error -> promptFeedback.set("Could not create the profile: " + error.getMessage()));
    }

    /** Clinic mode: staff confirmed the patient; import into the paired profile. */
    public void confirmPatient() {
        Prompt current = prompt.get();
        if (current != null && current.kind() == Prompt.Kind.CONFIRM_PATIENT) {
            watcher.confirmImport(current.path());
            nextPrompt();
        }
    }

    /** Clinic mode: this is not the paired patient; ask which profile instead (wrong-patient protection). */
    public void differentPatient() {
        Prompt current = prompt.get();
        if (current != null && current.kind() == Prompt.Kind.CONFIRM_PATIENT) {
            chosenProfile.set(null);
            promptFeedback.set("");
            prompt.set(new Prompt(Prompt.Kind.CHOOSE_PROFILE, current.path(), current.device(), Optional.empty()));
        }
    }

    /** "Not now": nothing is imported; the device row offers pairing later. */
    public void dismissPrompt() {
        nextPrompt();
    }

    public void cancelImport() {
        if (watcher.cancelImport()) {
            progressText.set("Cancelling after the current request…");
        }
    }

    /** Imports again from an attached, paired device. */
    public void importNow(DeviceRow row) {
        if (row != null && row.canImportNow()) {
            clearProblem();
            watcher.importNow(row.path().orElseThrow());
        }
    }

    /** Asks again which profile an attached device belongs to. */
    public void pair(DeviceRow row) {
        if (row != null && row.canPair()) {
            ask(new Prompt(Prompt.Kind.CHOOSE_PROFILE, row.path().orElseThrow(), row.device() + " " + row.serialNumber(),
                    Optional.empty()));
        }
    }

    /** Removes a device's pairing; its next plug-in asks again. */
    public void unpair(DeviceRow row) {
        if (row == null || row.deviceId().isEmpty() || !row.paired()) {
            return;
        }
        long id = row.deviceId().get();
        tasks.run("Unpairing device", () -> {
            devices.unpair(id);
            return id;
        }, done -> reload(), error -> problem.set("Could not unpair the device: " + error.getMessage()));
    }

    private void rebuildRows() {
        List<DeviceRow> merged = new ArrayList<>();
        List<DetectedDevice> unmatched = new ArrayList<>(attached.values());
        List<DeviceRow> attachedRows = new ArrayList<>();
        List<DeviceRow> storedRows = new ArrayList<>();
        for (DeviceService.KnownDevice device : known) {
            Optional<DetectedDevice> here = unmatched.stream().filter(d -> d.serialNumber().isPresent()
                    && d.serialNumber().get().equals(device.serialNumber())
                    && DeviceDrivers.code(d.family()).equals(device.familyCode())).findFirst();
            here.ifPresent(unmatched::remove);
            Optional<Profile> paired = here.flatMap(DetectedDevice::profile).filter(p -> here.get().state()
                    != DetectedDevice.State.NEEDS_PROFILE).or(device::pairedWith);
            DeviceRow row = new DeviceRow(device.familyName(), device.serialNumber(),
                    paired.map(Profile::name).orElse("Not paired"),
                    here.map(this::attachedStatus).orElse("Last seen " + Formats.age(Duration.between(device.lastSeen(),
                            clock.instant())) + " (" + when(device.lastSeen()) + ")"),
                    device.clockOffsetText(), here.isPresent(), here.map(DetectedDevice::path),
                    Optional.of(device.id()), here.map(DetectedDevice::state), paired.isPresent());
            (here.isPresent() ? attachedRows : storedRows).add(row);
        }
        for (DetectedDevice device : unmatched) {
            attachedRows.add(new DeviceRow(device.family().displayName(), device.serialNumber().orElse("–"),
                    device.profile().map(Profile::name).orElse("–"), attachedStatus(device), "–", true,
                    Optional.of(device.path()), device.deviceId(), Optional.of(device.state()), device.profile().isPresent()));
        }
        merged.addAll(attachedRows);
        merged.addAll(storedRows);
        rows.setAll(merged);
        emptyMessage.set(merged.isEmpty() ? "No devices yet. Plug in a Dexcom G4/G5/G6 receiver or a FreeStyle Libre"
                + " reader; the first time, Pulseport asks whose it is." : "");
    }

    private String attachedStatus(DetectedDevice device) {
        String where = "Connected at " + device.path();
        switch (device.state()) {
            case IDENTIFYING:
                return where + ", reading its serial number";
            case NEEDS_PROFILE:
                return where + ", not paired yet";
            case NEEDS_CONFIRMATION:
                return where + ", waiting for the patient to be confirmed";
            case IMPORTING:
                return where + ", importing";
            case PROBLEM:
                return where + ", cannot be read: " + device.problem().map(DeviceProblem::message).orElse("");
            case UNSUPPORTED:
                return where + ", no glucose download for this device";
            default:
                return where;
        }
    }

    private ImportRow historyRow(DeviceService.ImportEntry entry) {
        String result;
        boolean failed = false;
        switch (entry.outcome()) {
            case "ok":
                result = entry.inserted() == 0 && entry.duplicates() > 0 ? String.format("Nothing new (%,d already stored)",
                        entry.duplicates()) : String.format("%,d new, %,d already stored", entry.inserted(), entry.duplicates());
                break;
            case "running":
                result = "Running";
                break;
            case "cancelled":
                result = String.format("Cancelled after %,d new", entry.inserted());
                break;
            default:
                failed = true;
                result = String.format("Stopped after %,d new: %s", entry.inserted(), entry.message().orElse(entry.outcome()));
                break;
        }
        return new ImportRow(when(entry.startedAt()), entry.profileName(), entry.device(), result,
                entry.note().orElse(""), failed);
    }

    private static String when(Instant at) {
        return WHEN.format(at.atZone(ZoneId.systemDefault()));
    }

    /** The udev rules file and how to install it, for the "Show the udev rule" panel. */
    public String udevRuleHelp() {
        return "Install it with:\n  pulseport devices --udev-rules | sudo tee " + DeviceProblem.udevRulesPath()
                + "\n  sudo udevadm control --reload-rules && sudo udevadm trigger\nthen unplug and replug the device.\n\n"
                + DeviceProblem.udevRules();
    }

    public ObservableList<DeviceRow> rows() {
        return rows;
    }

    public ObservableList<ImportRow> history() {
        return history;
    }

    public ObservableList<Profile> profiles() {
        return profiles;
    }

    public ObjectProperty<Profile> chosenProfileProperty() {
        return chosenProfile;
    }

    public StringProperty newProfileNameProperty() {
        return newProfileName;
    }

    public ReadOnlyObjectProperty<Prompt> promptProperty() {
        return prompt.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty promptFeedbackProperty() {
        return promptFeedback.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty importVisibleProperty() {
        return importVisible.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty importTitleProperty() {
        return importTitle.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty importResultProperty() {
        return importResult.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty importFailedProperty() {
        return importFailed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty offerUdevRuleProperty() {
        return offerUdevRule.getReadOnlyProperty();
    }

    public BooleanProperty clinicModeProperty() {
        return clinicMode;
    }

    public ReadOnlyStringProperty watchStatusProperty() {
        return watchStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    private record Loaded(List<DeviceService.KnownDevice> known, List<DeviceService.ImportEntry> history,
                          List<Profile> profiles, boolean clinicMode, List<DetectedDevice> attached, boolean watching) {
    }
}

package org.pulseport.app.engine;

import java.util.Locale;
import org.pulseport.app.store.SettingsRepository;
import org.pulseport.core.model.GlucoseUnit;

/** Typed access to the user's preferences, with defaults. */
public final class SettingsService {

    static final String THEME = "ui.theme";
    static final String GLUCOSE_UNIT = "display.glucose_unit";

    /** Light or dark appearance. */
    public enum Theme { LIGHT, DARK }

    private final SettingsRepository repository;

    public SettingsService(SettingsRepository repository) {
        this.repository = repository;
    }

    /** A raw setting by key, e.g. a job's schedule ({@code schedule.syncCgmReadings}). */
    public java.util.Optional<String> value(String key) {
        return repository.get(key);
    }

    public void setValue(String key, String value) {
        repository.put(key, value);
    }

    public Theme theme() {
        return repository.get(THEME).map(v -> Theme.valueOf(v.toUpperCase(Locale.ROOT))).orElse(Theme.LIGHT);
    }

    public void setTheme(Theme theme) {
        repository.put(THEME, theme.name().toLowerCase(Locale.ROOT));
    }

    public GlucoseUnit glucoseUnit() {
        return repository.get(GLUCOSE_UNIT).map(GlucoseUnit::valueOf).orElse(GlucoseUnit.MG_DL);
    }

    public void setGlucoseUnit(GlucoseUnit unit) {
        repository.put(GLUCOSE_UNIT, unit.name());
    }
}

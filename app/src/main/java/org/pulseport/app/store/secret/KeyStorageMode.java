package org.pulseport.app.store.secret;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where new connection secrets are sealed: {@code auto} (the OS keyring when one answers, else the key file),
 * {@code keyring} (the OS keyring or nothing) or {@code file} (the key file, never the keyring). Read from the
 * environment variable {@code PULSEPORT_KEY_STORAGE}, else the system property {@code pulseport.keyStorage}.
 */
public enum KeyStorageMode {
    AUTO, KEYRING, FILE;

    public static final String VARIABLE = "PULSEPORT_KEY_STORAGE";
    public static final String PROPERTY = "pulseport.keyStorage";

    /**
     * The mode configured in {@code environment} or the system properties; {@link #AUTO} when neither says.
     *
     * @throws IllegalArgumentException naming the valid values when the setting is not one of them
     */
    public static KeyStorageMode configured(Map<String, String> environment) {
        String value = environment.getOrDefault(VARIABLE, System.getProperty(PROPERTY, "auto"));
        return Arrays.stream(values()).filter(mode -> mode.name().equalsIgnoreCase(value.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(VARIABLE + "=" + value + " is not a key storage; use one of "
                        + Arrays.stream(values()).map(mode -> mode.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", "))));
    }
}

package org.pulseport.providers.dexcom;

import java.util.Locale;
import java.util.Optional;

/**
 * The Dexcom API hosts: the sandbox with synthetic users, and the production hosts per region. OAuth login and
 * token endpoints live on the same host as the data.
 */
public enum DexcomRegion {
    SANDBOX("https://sandbox-api.dexcom.com"),
    US("https://api.dexcom.com"),
    EU("https://api.dexcom.eu"),
    JP("https://api.dexcom.jp");

    private final String baseUrl;

    DexcomRegion(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String loginUrl() {
        return baseUrl + "/v2/oauth2/login";
    }

    public String tokenUrl() {
        return baseUrl + "/v2/oauth2/token";
    }

    /** The region named by {@code name} (case-insensitive), empty for unknown names. */
    public static Optional<DexcomRegion> named(String name) {
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}

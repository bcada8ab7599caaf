package org.pulseport.app.store;

import java.util.Locale;

/** Where a source's samples come from. */
public enum SourceKind {
    CLOUD, DEVICE, FILE, SANDBOX;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SourceKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}

package org.pulseport.app.engine;

import java.util.Locale;

/** Why a sync ran; recorded in the audit trail. */
public enum SyncTrigger {
    SCHEDULED, MANUAL, INITIAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.pulseport.app.engine;

import java.util.Locale;

/** Why a sync ran; recorded in the audit trail. {@code PLUG_IN}: a paired device was plugged in. */
public enum SyncTrigger {
    SCHEDULED, MANUAL, INITIAL, PLUG_IN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

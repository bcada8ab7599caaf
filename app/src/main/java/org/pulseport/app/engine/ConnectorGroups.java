package org.pulseport.app.engine;

import java.util.Set;

/** Which connectors each scheduled sync job covers (the sandbox stands in for both kinds in the demo). */
public final class ConnectorGroups {

    public static final Set<String> WEARABLES = Set.of("oura", "whoop", "sandbox");
    public static final Set<String> WHOOP = Set.of("whoop");
    public static final Set<String> CGM_CLOUD = Set.of("dexcom", "librelinkup", "sandbox");

    private ConnectorGroups() {
    }
}

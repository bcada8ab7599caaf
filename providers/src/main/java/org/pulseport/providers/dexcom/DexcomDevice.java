package org.pulseport.providers.dexcom;

import java.time.Instant;
import java.util.Optional;

/**
 * A CGM setup reported by Dexcom's {@code devices} endpoint, for showing the user which transmitter and app
 * feed a connection.
 */
public record DexcomDevice(String transmitterGeneration, String displayDevice, Optional<Instant> lastUploadDate) {
}

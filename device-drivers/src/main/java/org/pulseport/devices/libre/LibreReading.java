package org.pulseport.devices.libre;

import java.time.LocalDateTime;

/**
 * A glucose reading stored by the reader, at the reader's local wall-clock time: a historic value the sensor
 * records every 15 minutes, or a scan the owner made.
 */
public record LibreReading(Kind kind, long recordId, LocalDateTime readerTime, int mgDl) {

    /** Where the reading came from. */
    public enum Kind { HISTORIC, SCAN }
}

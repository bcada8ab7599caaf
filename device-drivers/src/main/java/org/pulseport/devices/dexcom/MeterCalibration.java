package org.pulseport.devices.dexcom;

import java.time.Instant;
import java.time.ZoneOffset;

/** A fingerstick value entered on the receiver to calibrate the sensor, at its corrected UTC time. */
public record MeterCalibration(Instant recordedAt, ZoneOffset utcOffset, int glucoseMgDl) {
}

package org.pulseport.devices.sim;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How a simulated FreeStyle Libre reader behaves: serial number, days of readings, how far its clock is off,
 * its owner's zone and clock, the data seed and the injected faults.
 */
public record LibreSimulatorConfig(String serialNumber, int days, Duration clockOffset, ZoneId zone, Clock clock,
                                   long seed, SimulatorFaults faults) {

    public LibreSimulatorConfig {
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(clockOffset, "clockOffset");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(faults, "faults");
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
    }

    public static LibreSimulatorConfig defaults() {
        return new LibreSimulatorConfig("JCMV241-T1234", 90, Duration.ZERO, ZoneId.systemDefault(), Clock.systemUTC(),
                7, SimulatorFaults.none());
    }

    public LibreSimulatorConfig withDays(int count) {
        return new LibreSimulatorConfig(serialNumber, count, clockOffset, zone, clock, seed, faults);
    }

    public LibreSimulatorConfig withClockOffset(Duration offset) {
        return new LibreSimulatorConfig(serialNumber, days, offset, zone, clock, seed, faults);
    }

    public LibreSimulatorConfig withClock(Clock newClock, ZoneId newZone) {
        return new LibreSimulatorConfig(serialNumber, days, clockOffset, newZone, newClock, seed, faults);
    }

    public LibreSimulatorConfig withFaults(SimulatorFaults newFaults) {
        return new LibreSimulatorConfig(serialNumber, days, clockOffset, zone, clock, seed, newFaults);
    }
}

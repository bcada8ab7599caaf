package org.pulseport.devices.sim;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import org.pulseport.devices.dexcom.EgvLayout;

/**
 * How a simulated Dexcom receiver behaves: its serial number and model (record layout), how many days of
 * readings it holds, how far its clock is off, the zone its owner lives in, the random seed of its data, the
 * faults it injects and the line rate it sends at (0 = as fast as the link goes).
 */
public record DexcomSimulatorConfig(String serialNumber, EgvLayout model, int days, Duration clockOffset,
                                    ZoneId zone, Clock clock, long seed, SimulatorFaults faults,
                                    long lineRateBytesPerSecond) {

    public DexcomSimulatorConfig {
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(clockOffset, "clockOffset");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(faults, "faults");
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
    }

    public static DexcomSimulatorConfig defaults() {
        return new DexcomSimulatorConfig("SM12345678", EgvLayout.G4, 90, Duration.ZERO, ZoneId.systemDefault(),
                Clock.systemUTC(), 42, SimulatorFaults.none(), 0);
    }

    public DexcomSimulatorConfig withSerialNumber(String serial) {
        return new DexcomSimulatorConfig(serial, model, days, clockOffset, zone, clock, seed, faults,
                lineRateBytesPerSecond);
    }

    public DexcomSimulatorConfig withModel(EgvLayout layout) {
        return new DexcomSimulatorConfig(serialNumber, layout, days, clockOffset, zone, clock, seed, faults,
                lineRateBytesPerSecond);
    }

    public DexcomSimulatorConfig withDays(int count) {
        return new DexcomSimulatorConfig(serialNumber, model, count, clockOffset, zone, clock, seed, faults,
                lineRateBytesPerSecond);
    }

    public DexcomSimulatorConfig withClockOffset(Duration offset) {
        return new DexcomSimulatorConfig(serialNumber, model, days, offset, zone, clock, seed, faults,
                lineRateBytesPerSecond);
    }

    public DexcomSimulatorConfig withClock(Clock newClock, ZoneId newZone) {
        return new DexcomSimulatorConfig(serialNumber, model, days, clockOffset, newZone, newClock, seed, faults,
                lineRateBytesPerSecond);
    }

    public DexcomSimulatorConfig withFaults(SimulatorFaults newFaults) {
        return new DexcomSimulatorConfig(serialNumber, model, days, clockOffset, zone, clock, seed, newFaults,
                lineRateBytesPerSecond);
    }

    public DexcomSimulatorConfig withSeed(long newSeed) {
        return new DexcomSimulatorConfig(serialNumber, model, days, clockOffset, zone, clock, newSeed, faults,
                lineRateBytesPerSecond);
    }

    public DexcomSimulatorConfig withLineRate(long bytesPerSecond) {
        return new DexcomSimulatorConfig(serialNumber, model, days, clockOffset, zone, clock, seed, faults,
                bytesPerSecond);
    }
}

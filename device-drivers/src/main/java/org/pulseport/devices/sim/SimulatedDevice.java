package org.pulseport.devices.sim;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What every simulated device has: a serial number, how many days of readings it holds, how far its clock is
 * off, its owner's zone, the clock that is "now" for it, the seed of its generated data and the faults it
 * injects.
 */
public record SimulatedDevice(String serialNumber, int days, Duration clockOffset, ZoneId zone, Clock clock,
                              long seed, SimulatorFaults faults) {

    public SimulatedDevice {
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(clockOffset, "clockOffset");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(faults, "faults");
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
    }

    /** A Dexcom receiver with 90 days of readings, a correct clock, in this computer's zone. */
    public static SimulatedDevice dexcomReceiver() {
        return new SimulatedDevice("SM12345678", 90, Duration.ZERO, ZoneId.systemDefault(), Clock.systemUTC(), 42,
                SimulatorFaults.none());
    }

    /** A FreeStyle Libre reader with 90 days of readings, a correct clock, in this computer's zone. */
    public static SimulatedDevice libreReader() {
        return new SimulatedDevice("JCMV241-T1234", 90, Duration.ZERO, ZoneId.systemDefault(), Clock.systemUTC(), 7,
                SimulatorFaults.none());
    }

    public SimulatedDevice withSerialNumber(String serial) {
        return new SimulatedDevice(serial, days, clockOffset, zone, clock, seed, faults);
    }

    public SimulatedDevice withDays(int count) {
        return new SimulatedDevice(serialNumber, count, clockOffset, zone, clock, seed, faults);
    }

    public SimulatedDevice withClockOffset(Duration offset) {
        return new SimulatedDevice(serialNumber, days, offset, zone, clock, seed, faults);
    }

    public SimulatedDevice withClock(Clock newClock, ZoneId newZone) {
        return new SimulatedDevice(serialNumber, days, clockOffset, newZone, newClock, seed, faults);
    }

    public SimulatedDevice withSeed(long newSeed) {
        return new SimulatedDevice(serialNumber, days, clockOffset, zone, clock, newSeed, faults);
    }

    public SimulatedDevice withFaults(SimulatorFaults newFaults) {
        return new SimulatedDevice(serialNumber, days, clockOffset, zone, clock, seed, newFaults);
    }
}

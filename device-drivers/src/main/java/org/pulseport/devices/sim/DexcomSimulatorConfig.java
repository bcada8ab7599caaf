package org.pulseport.devices.sim;

import java.util.Objects;
import org.pulseport.devices.dexcom.EgvLayout;

/**
 * A simulated Dexcom receiver: the device settings, its model (which fixes the record layout) and the line rate
 * it sends at (0 = as fast as the link goes).
 */
public record DexcomSimulatorConfig(SimulatedDevice device, EgvLayout model, long lineRateBytesPerSecond) {

    public DexcomSimulatorConfig {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(model, "model");
    }

    /** A G4 receiver with the given device settings, unpaced. */
    public static DexcomSimulatorConfig of(SimulatedDevice device) {
        return new DexcomSimulatorConfig(device, EgvLayout.G4, 0);
    }

    public static DexcomSimulatorConfig defaults() {
        return of(SimulatedDevice.dexcomReceiver());
    }

    public DexcomSimulatorConfig withModel(EgvLayout layout) {
        return new DexcomSimulatorConfig(device, layout, lineRateBytesPerSecond);
    }

    public DexcomSimulatorConfig withLineRate(long bytesPerSecond) {
        return new DexcomSimulatorConfig(device, model, bytesPerSecond);
    }
}

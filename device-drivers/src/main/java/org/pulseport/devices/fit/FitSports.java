package org.pulseport.devices.fit;

import java.util.Map;
import org.pulseport.core.model.Sport;

/** Pulseport sports and the FIT {@code sport} enum; FIT sports without a match read as OTHER (FIT generic). */
final class FitSports {

    static final FitEnumCodes<Sport> CODES = new FitEnumCodes<>(Sport.class, Map.of(
            Sport.OTHER, 0,
            Sport.RUNNING, 1,
            Sport.CYCLING, 2,
            Sport.SWIMMING, 5,
            Sport.STRENGTH, 10,
            Sport.WALKING, 11,
            Sport.CROSS_COUNTRY_SKIING, 12,
            Sport.ROWING, 15,
            Sport.HIKING, 17,
            Sport.MULTISPORT, 18), Sport.OTHER);

    private FitSports() {
    }
}

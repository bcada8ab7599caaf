package org.pulseport.devices.fit;

import org.pulseport.core.model.Sport;

/** Maps Pulseport sports to the FIT {@code sport} enum and back; FIT sports without a match read as OTHER. */
final class FitSports {

    private FitSports() {
    }

    static int toFit(Sport sport) {
        switch (sport) {
            case RUNNING: return 1;
            case CYCLING: return 2;
            case SWIMMING: return 5;
            case STRENGTH: return 10;
            case WALKING: return 11;
            case CROSS_COUNTRY_SKIING: return 12;
            case ROWING: return 15;
            case HIKING: return 17;
            case MULTISPORT: return 18;
            default: return 0;
        }
    }

    static Sport fromFit(long fitSport) {
        switch ((int) fitSport) {
            case 1: return Sport.RUNNING;
            case 2: return Sport.CYCLING;
            case 5: return Sport.SWIMMING;
            case 10: return Sport.STRENGTH;
            case 11: return Sport.WALKING;
            case 12: return Sport.CROSS_COUNTRY_SKIING;
            case 15: return Sport.ROWING;
            case 17: return Sport.HIKING;
            case 18: return Sport.MULTISPORT;
            default: return Sport.OTHER;
        }
    }
}

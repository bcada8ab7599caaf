package org.pulseport.core.activity;

/** The per-sample quantities an activity can record, each with the unit its stream is kept in. */
public enum Channel {
    HEART_RATE("/min"),
    POWER("W"),
    CADENCE("/min"),
    SPEED("m/s"),
    DISTANCE("m"),
    ALTITUDE("m"),
    LATITUDE("deg"),
    LONGITUDE("deg"),
    TEMPERATURE("Cel");

    private final String ucumUnit;

    Channel(String ucumUnit) {
        this.ucumUnit = ucumUnit;
    }

    public String ucumUnit() {
        return ucumUnit;
    }
}

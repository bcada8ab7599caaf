package org.pulseport.core.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of measurement Pulseport stores, each with the one canonical UCUM unit its values are kept in.
 * Connectors convert to this unit before handing samples over, so the store and analytics never guess units.
 */
public enum MetricType {
    GLUCOSE("glucose", "mg/dL", Cadence.CONTINUOUS),
    HEART_RATE("heart_rate", "/min", Cadence.CONTINUOUS),
    RESTING_HEART_RATE("resting_heart_rate", "/min", Cadence.DAILY),
    HRV_RMSSD("hrv_rmssd", "ms", Cadence.CONTINUOUS),
    STEPS("steps", "{steps}", Cadence.DAILY),
    ACTIVE_ENERGY("active_energy", "kcal", Cadence.DAILY),
    SLEEP_DURATION("sleep_duration", "s", Cadence.DAILY),
    SLEEP_SCORE("sleep_score", "{score}", Cadence.DAILY),
    READINESS_SCORE("readiness_score", "{score}", Cadence.DAILY),
    RECOVERY_SCORE("recovery_score", "%", Cadence.DAILY),
    STRAIN("strain", "{score}", Cadence.DAILY),
    SPO2("spo2", "%", Cadence.DAILY),
    RESPIRATORY_RATE("respiratory_rate", "/min", Cadence.DAILY),
    BODY_TEMPERATURE_DEVIATION("body_temperature_deviation", "Cel", Cadence.DAILY),
    WEIGHT("weight", "kg", Cadence.DAILY),
    POWER("power", "W", Cadence.CONTINUOUS),
    CADENCE("cadence", "/min", Cadence.CONTINUOUS),
    SPEED("speed", "m/s", Cadence.CONTINUOUS),
    DISTANCE("distance", "m", Cadence.CONTINUOUS);

    /** Whether a metric arrives as a stream of readings or as one summary value per day. */
    public enum Cadence { CONTINUOUS, DAILY }

    private final String code;
    private final String ucumUnit;
    private final Cadence cadence;

    MetricType(String code, String ucumUnit, Cadence cadence) {
        this.code = code;
        this.ucumUnit = ucumUnit;
        this.cadence = cadence;
    }

    /** The stable snake_case code used in the database, the CLI and exported files. */
    public String code() {
        return code;
    }

    /** The canonical UCUM unit every stored value of this metric is expressed in. */
    public String ucumUnit() {
        return ucumUnit;
    }

    public Cadence cadence() {
        return cadence;
    }

    public static Optional<MetricType> fromCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
    }
}

package org.pulseport.core.model;

/**
 * The kind of sport a workout is planned for or an activity was recorded as. Shared by workouts, activities and
 * every source that reports them, so a FIT file, a cloud provider and the workout editor agree on one list.
 */
public enum Sport {
    RUNNING,
    CYCLING,
    SWIMMING,
    WALKING,
    HIKING,
    ROWING,
    STRENGTH,
    CROSS_COUNTRY_SKIING,
    MULTISPORT,
    OTHER
}

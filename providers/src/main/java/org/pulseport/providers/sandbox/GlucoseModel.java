package org.pulseport.providers.sandbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * A plausible day of CGM glucose for a person with diabetes on therapy: a fasting baseline, the dawn
 * phenomenon, three meals (and sometimes a snack) with delayed peaks, occasional night-time lows, slow
 * drift and sensor noise. Pure function of (seed, instant).
 */
final class GlucoseModel {

    private static final int[] MEAL_MINUTES = {7 * 60 + 30, 12 * 60 + 45, 19 * 60};

    private final DeterministicNoise noise;
    private final ZoneId zone;

    GlucoseModel(DeterministicNoise noise, ZoneId zone) {
        this.noise = noise;
        this.zone = zone;
    }

    /** Glucose in mg/dL at the given instant, clamped to the 40..400 range CGMs report. */
    double mgDl(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalDate day = local.toLocalDate();
        double minuteOfDay = local.getHour() * 60 + local.getMinute() + local.getSecond() / 60.0;
        double value = baseline(day) + dawn(minuteOfDay) + nightLow(day, minuteOfDay) + drift(at)
                + sensorNoise(at);
        value += mealEffects(day.minusDays(1), minuteOfDay + 24 * 60);
        value += mealEffects(day, minuteOfDay);
        return Math.max(40, Math.min(400, value));
    }

    private double baseline(LocalDate day) {
        return 118 + noise.between(-15, 25, 1, day.toEpochDay());
    }

    private static double dawn(double minuteOfDay) {
        double center = 6 * 60;
        double d = (minuteOfDay - center) / 75.0;
        return 18 * Math.exp(-d * d);
    }

    private double nightLow(LocalDate day, double minuteOfDay) {
        if (noise.uniform(2, day.toEpochDay()) > 0.3) {
            return 0;
        }
        double center = noise.between(120, 270, 3, day.toEpochDay());
        double d = (minuteOfDay - center) / 50.0;
        return -noise.between(45, 85, 4, day.toEpochDay()) * Math.exp(-d * d);
    }

    private double mealEffects(LocalDate day, double minuteOfDay) {
        double sum = 0;
        long epochDay = day.toEpochDay();
        for (int meal = 0; meal < MEAL_MINUTES.length; meal++) {
            double start = MEAL_MINUTES[meal] + noise.between(-45, 45, 10 + meal, epochDay);
            double size = noise.between(45, meal == 2 ? 150 : 115, 20 + meal, epochDay);
            sum += response(minuteOfDay - start, size);
        }
        if (noise.uniform(30, epochDay) < 0.4) {
            double snack = noise.between(15 * 60, 17 * 60, 31, epochDay);
            sum += response(minuteOfDay - snack, noise.between(15, 35, 32, epochDay));
        }
        return sum;
    }

    /** Gamma-shaped meal response: rises for about an hour, returns to baseline over three to four hours. */
    private static double response(double minutesSinceMeal, double peak) {
        if (minutesSinceMeal <= 0 || minutesSinceMeal > 360) {
            return 0;
        }
        double t = minutesSinceMeal / 55.0;
        return peak * t * t * Math.exp(2 - 2 * t);
    }

    private double drift(Instant at) {
        double hours = at.getEpochSecond() / 3600.0;
        return 6 * Math.sin(hours / 5.3 + noise.between(0, 6.28, 40)) + 4 * Math.sin(hours / 1.7);
    }

    private double sensorNoise(Instant at) {
        return 2.5 * noise.gaussian(50, at.truncatedTo(ChronoUnit.MINUTES).getEpochSecond());
    }
}

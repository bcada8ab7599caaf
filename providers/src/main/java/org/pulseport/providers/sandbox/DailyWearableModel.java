package org.pulseport.providers.sandbox;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.pulseport.core.model.MetricType;

/**
 * Daily wearable summaries (sleep, readiness, recovery, resting heart rate, HRV, activity) that hang together
 * the way real ones do: a poor night lowers HRV and readiness and raises resting heart rate; weekends bring
 * longer sleep and different activity. Pure function of (seed, day).
 */
final class DailyWearableModel {

    private final DeterministicNoise noise;

    DailyWearableModel(DeterministicNoise noise) {
        this.noise = noise;
    }

    Map<MetricType, Double> day(LocalDate day) {
        long d = day.toEpochDay();
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        double sleepQuality = clamp(noise.gaussian(100, d), -2.5, 2.5);
        double activity = noise.between(0, 1, 101, d) + (weekend ? 0.25 : 0);
        double fitnessTrend = Math.sin(d / 40.0);

        Map<MetricType, Double> m = new EnumMap<>(MetricType.class);
        double sleepHours = 7.1 + 0.45 * sleepQuality + (weekend ? 0.6 : 0);
        m.put(MetricType.SLEEP_DURATION, Math.round(clamp(sleepHours, 4.5, 9.8) * 3600 / 30.0) * 30.0);
        m.put(MetricType.SLEEP_SCORE, (double) Math.round(clamp(78 + 7 * sleepQuality + noise.gaussian(102, d) * 2, 40, 99)));
        double rhr = 57 - 1.5 * fitnessTrend - 1.6 * sleepQuality + noise.gaussian(103, d);
        m.put(MetricType.RESTING_HEART_RATE, (double) Math.round(clamp(rhr, 44, 80)));
        double hrv = 46 + 4 * fitnessTrend + 5 * sleepQuality + 3 * noise.gaussian(104, d);
        m.put(MetricType.HRV_RMSSD, Math.round(clamp(hrv, 15, 120) * 10) / 10.0);
        m.put(MetricType.READINESS_SCORE, (double) Math.round(clamp(76 + 6 * sleepQuality + 3 * fitnessTrend + noise.gaussian(105, d) * 3, 35, 99)));
        m.put(MetricType.RECOVERY_SCORE, (double) Math.round(clamp(62 + 12 * sleepQuality + 5 * fitnessTrend + noise.gaussian(106, d) * 6, 5, 99)));
        m.put(MetricType.STRAIN, Math.round(clamp(8 + 9 * activity + noise.gaussian(107, d), 0, 21) * 10) / 10.0);
        double steps = 5200 + 9000 * activity + 800 * noise.gaussian(108, d);
        m.put(MetricType.STEPS, (double) Math.round(clamp(steps, 800, 32000)));
        m.put(MetricType.ACTIVE_ENERGY, (double) Math.round(clamp(180 + 0.045 * steps + 60 * noise.gaussian(109, d), 60, 2200)));
        m.put(MetricType.SPO2, Math.round(clamp(97 + 0.7 * noise.gaussian(110, d), 92, 100) * 10) / 10.0);
        m.put(MetricType.RESPIRATORY_RATE, Math.round(clamp(14.2 + 0.5 * noise.gaussian(111, d), 10, 22) * 10) / 10.0);
        m.put(MetricType.BODY_TEMPERATURE_DEVIATION, Math.round(clamp(0.15 * noise.gaussian(112, d) - 0.05 * sleepQuality, -1.5, 1.5) * 100) / 100.0);
        m.put(MetricType.WEIGHT, Math.round((74.0 + 0.8 * Math.sin(d / 23.0) + 0.3 * noise.gaussian(113, d)) * 10) / 10.0);
        return m;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}

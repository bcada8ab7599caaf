package org.pulseport.devices.sim;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Plausible, reproducible CGM glucose: a daily rhythm (dawn rise, lower nights), meal excursions at varying times,
 * slow random drift and sensor noise, kept within 39..401 mg/dL so LOW and HIGH readings occur now and then.
 * The same seed always gives the same trace.
 */
public final class GlucoseTrace {

    /** One generated reading and its rate of change. */
    public record Point(Instant at, int mgDl, double mgDlPerMinute) {
    }

    private final long seed;
    private final ZoneId zone;

    public GlucoseTrace(long seed, ZoneId zone) {
        this.seed = seed;
        this.zone = zone;
    }

    /** Readings every {@code interval} from {@code start} (inclusive) to {@code end} (exclusive). */
    public List<Point> between(Instant start, Instant end, Duration interval) {
        List<Point> points = new ArrayList<>();
        double previous = Double.NaN;
        for (Instant at = start; at.isBefore(end); at = at.plus(interval)) {
            double value = valueAt(at);
            double rate = Double.isNaN(previous) ? 0 : (value - previous) / interval.toMinutes();
            points.add(new Point(at, clamp(value), rate));
            previous = value;
        }
        return points;
    }

    /** The reading at an instant, as a sensor would report it (39 = LOW .. 401 = HIGH). */
    public int mgDlAt(Instant at) {
        return clamp(valueAt(at));
    }

    private static int clamp(double value) {
        return (int) Math.round(Math.max(39, Math.min(401, value)));
    }

    /** The smooth glucose level at an instant, before clamping. */
    private double valueAt(Instant at) {
        double hour = at.atZone(zone).getHour() + at.atZone(zone).getMinute() / 60.0;
        long day = Math.floorDiv(at.getEpochSecond(), 86_400);
        Random daily = new Random(seed * 31 + day);
        double value = 115 + 20 * Math.sin((hour - 10) / 24 * 2 * Math.PI) + 15 * daily.nextGaussian();
        double[] meals = {7.5 + daily.nextDouble(), 12.5 + daily.nextDouble(), 19 + daily.nextDouble() * 1.5};
        for (double meal : meals) {
            double size = 40 + 50 * daily.nextDouble();
            double since = hour - meal;
            if (since > 0 && since < 4) {
                value += size * (since / 0.9) * Math.exp(1 - since / 0.9);
            }
        }
        long step = Math.floorDiv(at.getEpochSecond(), 300);
        value += 6 * new Random(seed ^ step * 0x9E3779B97F4A7C15L).nextGaussian();
        double highDay = Math.pow(Math.max(0, Math.sin(day * 0.37 + seed)), 12);
        double lowNight = Math.pow(Math.max(0, Math.sin(day * 0.53 + seed)), 12);
        value += 300 * highDay * Math.max(0, Math.sin((hour - 12) / 12 * Math.PI));
        value -= 80 * lowNight * Math.max(0, Math.sin(hour / 6 * Math.PI)) * (hour < 6 ? 1 : 0);
        return value;
    }
}

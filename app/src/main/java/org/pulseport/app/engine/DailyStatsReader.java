package org.pulseport.app.engine;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.pulseport.app.analytics.DailyStats;
import org.pulseport.app.store.DailyStatsRepository;
import org.pulseport.core.model.MetricType;

/** Loads stored daily statistics in the shape the analytics calculators take: metric → day → stats. */
public final class DailyStatsReader {

    private final DailyStatsRepository stats;

    public DailyStatsReader(DailyStatsRepository stats) {
        this.stats = stats;
    }

    public Map<MetricType, NavigableMap<LocalDate, DailyStats>> read(long profileId, LocalDate from, LocalDate to) {
        Map<MetricType, NavigableMap<LocalDate, DailyStats>> daily = new EnumMap<>(MetricType.class);
        for (DailyStatsRepository.Row row : stats.readAll(profileId, from, to)) {
            daily.computeIfAbsent(row.metric(), m -> new TreeMap<>())
                    .put(row.day(), new DailyStats(row.day(), row.count(), row.average(), row.min(), row.max()));
        }
        return daily;
    }
}

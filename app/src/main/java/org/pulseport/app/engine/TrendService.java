package org.pulseport.app.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.pulseport.app.store.SampleQueries;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.TimeSeries;

/** Recent readings of a profile for views: a metric's series over a look-back period and its newest reading. */
public final class TrendService {

    private final SampleQueries queries;
    private final Clock clock;

    public TrendService(SampleQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** The metric's readings from {@code lookBack} ago until now. */
    public TimeSeries recent(long profileId, MetricType metric, Duration lookBack) {
        Instant now = clock.instant();
        return queries.series(profileId, metric, now.minus(lookBack), now.plusSeconds(1));
    }

    /** The last point of a series and its age now. */
    public Optional<Reading> latestOf(TimeSeries series) {
        if (series.isEmpty()) {
            return Optional.empty();
        }
        int last = series.size() - 1;
        return Optional.of(new Reading(series.instant(last), series.value(last),
                Duration.between(series.instant(last), clock.instant())));
    }

    /** One reading and how old it is. */
    public record Reading(Instant at, double value, Duration age) {
    }
}

package org.pulseport.app.analytics;

import java.util.Objects;
import org.pulseport.core.model.MetricType;

/**
 * How two daily metrics move together over the correlation window.
 *
 * @param first     the metric declared first in {@link MetricType}
 * @param second    the other metric
 * @param pairedDays number of days on which both metrics have a daily average (n)
 * @param pearson   Pearson's r of the daily averages
 * @param pearsonP  two-sided p-value of r (t distribution, n − 2 degrees of freedom)
 * @param spearman  Spearman's ρ
 * @param spearmanP two-sided p-value of ρ (t approximation)
 */
public record MetricCorrelation(MetricType first, MetricType second, int pairedDays, double pearson,
                                double pearsonP, double spearman, double spearmanP) {

    public MetricCorrelation {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
    }
}

package org.pulseport.app.engine;

import java.time.ZoneId;
import org.pulseport.app.analytics.Anomaly;
import org.pulseport.app.analytics.AnomalyCategory;
import org.pulseport.app.analytics.AnomalySeverity;
import org.pulseport.app.analytics.BaselineDeviation;
import org.pulseport.app.analytics.GlucoseExcursion;
import org.pulseport.app.store.AnalyticsRepository.AnomalyRow;

/** Turns stored anomaly rows back into the analytics' anomaly records (for reports and notifications). */
final class StoredAnomalies {

    private StoredAnomalies() {
    }

    static Anomaly of(AnomalyRow row, ZoneId zone) {
        AnomalyCategory category = AnomalyCategory.valueOf(row.category());
        AnomalySeverity severity = AnomalySeverity.valueOf(row.severity());
        if (row.robustZ() == null) {
            return new GlucoseExcursion(category, severity, row.start(), row.end(), row.observed(),
                    row.baseline() == null ? 0 : row.baseline(), row.message());
        }
        return new BaselineDeviation(category, severity, row.metric(), row.start().atZone(zone).toLocalDate(), row.start(),
                row.end(), row.observed(), row.baseline() == null ? 0 : row.baseline(),
                row.robustZ() == null ? 0 : row.robustZ(), row.message());
    }
}

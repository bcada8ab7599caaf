package org.pulseport.app.engine;

import java.util.List;
import org.pulseport.app.analytics.Anomaly;
import org.pulseport.core.model.Profile;

/** Receives anomalies the analytics job found for the first time (notifications subscribe here). */
@FunctionalInterface
public interface AnomalyListener {

    void newAnomalies(Profile profile, List<Anomaly> anomalies);
}

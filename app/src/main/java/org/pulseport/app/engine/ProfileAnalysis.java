package org.pulseport.app.engine;

/** Runs the analytics of one profile (scores, correlations, anomalies); see {@link AnalyticsJob}. */
@FunctionalInterface
public interface ProfileAnalysis {

    void analyze(long profileId);
}

package org.pulseport.app.analytics;

/** The composite health scores, each 0–100. */
public enum ScoreKind {
    SLEEP("Sleep"),
    ACTIVITY("Activity"),
    CARDIO("Cardio"),
    RECOVERY("Recovery"),
    OVERALL("Overall");

    private final String label;

    ScoreKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.pulseport.app.ui;

/** The places the navigation leads to, in the order shown. */
public enum Section {
    DASHBOARD("Dashboard"),
    GLUCOSE("Glucose"),
    ACTIVITY_SLEEP("Activity & Sleep"),
    WORKOUTS("Workouts"),
    DEVICES("Devices"),
    CONNECTIONS("Connections"),
    JOBS("Jobs"),
    NOTIFICATIONS("Notifications"),
    SETTINGS("Settings");

    private final String title;

    Section(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    @Override
    public String toString() {
        return title;
    }
}

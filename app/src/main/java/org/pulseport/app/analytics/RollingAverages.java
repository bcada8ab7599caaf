package org.pulseport.app.analytics;

/**
 * The rolling-average rule over daily statistics: 7- and 30-calendar-day trailing windows of the daily
 * averages, each day with data weighing equally, missing days skipped (see {@link RollingAverage}).
 * Works on statistics indexed by consecutive calendar day, {@code null} where a day has no data.
 */
public final class RollingAverages {

    /** Length of the short window in calendar days. */
    public static final int SHORT_WINDOW_DAYS = 7;
    /** Length of the long window in calendar days. */
    public static final int LONG_WINDOW_DAYS = 30;

    private RollingAverages() {
    }

    /** The rolling average ending on the day at {@code index}, which must have data. */
    static RollingAverage endingAt(DailyStats[] byDay, int index) {
        double sum7 = 0;
        int days7 = 0;
        double sum30 = 0;
        int days30 = 0;
        for (int i = Math.max(0, index - LONG_WINDOW_DAYS + 1); i <= index; i++) {
            DailyStats stats = byDay[i];
            if (stats == null) {
                continue;
            }
            sum30 += stats.average();
            days30++;
            if (i > index - SHORT_WINDOW_DAYS) {
                sum7 += stats.average();
                days7++;
            }
        }
        return new RollingAverage(byDay[index].day(), sum7 / days7, days7, sum30 / days30, days30);
    }
}

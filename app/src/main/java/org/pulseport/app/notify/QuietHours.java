package org.pulseport.app.notify;

import java.time.LocalTime;

/**
 * A daily window, in the profile's local time, in which only urgent notifications (and the silent in-app list)
 * get through. A window may wrap midnight (22:00–07:00); start equal to end is an empty window.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public boolean contains(LocalTime time) {
        if (start.equals(end)) {
            return false;
        }
        if (start.isBefore(end)) {
            return !time.isBefore(start) && time.isBefore(end);
        }
        return !time.isBefore(start) || time.isBefore(end);
    }

    @Override
    public String toString() {
        return start + "–" + end;
    }
}

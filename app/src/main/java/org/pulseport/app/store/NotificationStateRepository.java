package org.pulseport.app.store;

import java.sql.Time;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The state notifications keep between runs: ongoing conditions (to merge repeats), quiet hours, and the in-app
 * inbox.
 */
public final class NotificationStateRepository {

    /** An ongoing condition of a profile. */
    public record Condition(long profileId, String key, String severity, Instant firstSeenAt, Instant lastSeenAt,
                            int occurrences) {
    }

    /** A profile's quiet hours, local times in its time zone. */
    public record QuietHours(LocalTime start, LocalTime end) {
    }

    /** A notification shown inside the app. */
    public record InboxItem(long id, long profileId, String severity, String title, String body, Instant createdAt) {
    }

    private final Jdbc jdbc;

    public NotificationStateRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    public Optional<Condition> condition(long profileId, String key) {
        return jdbc.query("reading condition " + key, "SELECT * FROM notification_conditions WHERE profile_id = ? AND condition_key = ?",
                s -> {
                    s.setLong(1, profileId);
                    s.setString(2, key);
                }, rs -> new Condition(rs.getLong("profile_id"), rs.getString("condition_key"), rs.getString("severity"),
                        Jdbc.instant(rs, "first_seen_at"), Jdbc.instant(rs, "last_seen_at"), rs.getInt("occurrences")))
                .stream().findFirst();
    }

    /** Stores the condition, replacing the profile's previous state of the same key. */
    public void saveCondition(Condition c) {
        int updated = jdbc.update("updating condition " + c.key(), "UPDATE notification_conditions SET severity = ?,"
                + " first_seen_at = ?, last_seen_at = ?, occurrences = ? WHERE profile_id = ? AND condition_key = ?", s -> {
                    s.setString(1, c.severity());
                    Jdbc.setInstant(s, 2, c.firstSeenAt());
                    Jdbc.setInstant(s, 3, c.lastSeenAt());
                    s.setInt(4, c.occurrences());
                    s.setLong(5, c.profileId());
                    s.setString(6, c.key());
                });
        if (updated == 0) {
            jdbc.update("adding condition " + c.key(), "INSERT INTO notification_conditions (profile_id, condition_key,"
                    + " severity, first_seen_at, last_seen_at, occurrences) VALUES (?, ?, ?, ?, ?, ?)", s -> {
                        s.setLong(1, c.profileId());
                        s.setString(2, c.key());
                        s.setString(3, c.severity());
                        Jdbc.setInstant(s, 4, c.firstSeenAt());
                        Jdbc.setInstant(s, 5, c.lastSeenAt());
                        s.setInt(6, c.occurrences());
                    });
        }
    }

    public Optional<QuietHours> quietHours(long profileId) {
        return jdbc.query("reading quiet hours", "SELECT starts_at, ends_at FROM notification_quiet_hours WHERE profile_id = ?",
                s -> s.setLong(1, profileId), rs -> new QuietHours(rs.getTime("starts_at").toLocalTime(),
                        rs.getTime("ends_at").toLocalTime())).stream().findFirst();
    }

    /** Sets the profile's quiet hours; empty switches them off. */
    public void setQuietHours(long profileId, Optional<QuietHours> hours) {
        jdbc.update("clearing quiet hours", "DELETE FROM notification_quiet_hours WHERE profile_id = ?", s -> s.setLong(1, profileId));
        hours.ifPresent(h -> jdbc.update("setting quiet hours",
                "INSERT INTO notification_quiet_hours (profile_id, starts_at, ends_at) VALUES (?, ?, ?)", s -> {
                    s.setLong(1, profileId);
                    s.setTime(2, Time.valueOf(h.start()));
                    s.setTime(3, Time.valueOf(h.end()));
                }));
    }

    public long addToInbox(long profileId, String severity, String title, String body, Instant at) {
        return jdbc.insert("adding to the notification inbox", "INSERT INTO notification_inbox (profile_id, severity, title,"
                + " body, created_at) VALUES (?, ?, ?, ?, ?)", s -> {
                    s.setLong(1, profileId);
                    s.setString(2, severity);
                    s.setString(3, Jdbc.truncate(title, 200));
                    s.setString(4, Jdbc.truncate(body, 2000));
                    Jdbc.setInstant(s, 5, at);
                });
    }

    /** The newest inbox items of a profile, newest first. */
    public List<InboxItem> inbox(long profileId, int limit) {
        return jdbc.query("reading the notification inbox", "SELECT * FROM notification_inbox WHERE profile_id = ?"
                        + " ORDER BY created_at DESC, id DESC FETCH FIRST ? ROWS ONLY", s -> {
                    s.setLong(1, profileId);
                    s.setInt(2, limit);
                }, rs -> new InboxItem(rs.getLong("id"), rs.getLong("profile_id"), rs.getString("severity"),
                        rs.getString("title"), rs.getString("body"), Jdbc.instant(rs, "created_at")));
    }
}

package org.pulseport.app.store;

import java.sql.Types;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/** The notification log: every send (success or failure with its error), merged repeats and quiet-hour holds. */
public final class NotificationLogRepository {

    /** One log line; {@code channelId} and {@code channelKind} are null for a merged repeat. */
    public record Entry(long profileId, Long channelId, String channelKind, String conditionKey, String severity,
                        String title, String status, String error, Instant at) {
    }

    private final Jdbc jdbc;

    public NotificationLogRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    public void add(Entry e) {
        jdbc.update("logging a notification", "INSERT INTO notification_logs (profile_id, channel_id, channel_kind,"
                + " condition_key, severity, title, status, error, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", s -> {
                    s.setLong(1, e.profileId());
                    if (e.channelId() == null) {
                        s.setNull(2, Types.BIGINT);
                    } else {
                        s.setLong(2, e.channelId());
                    }
                    s.setString(3, e.channelKind());
                    s.setString(4, e.conditionKey());
                    s.setString(5, e.severity());
                    s.setString(6, Jdbc.truncate(e.title(), 200));
                    s.setString(7, e.status());
                    s.setString(8, Jdbc.truncate(e.error(), 1000));
                    Jdbc.setInstant(s, 9, e.at());
                });
    }

    /** The newest entries of a profile, newest first. */
    public List<Entry> recent(long profileId, int limit) {
        return jdbc.query("listing notification logs", "SELECT * FROM notification_logs WHERE profile_id = ?"
                        + " ORDER BY created_at DESC, id DESC FETCH FIRST ? ROWS ONLY", s -> {
                    s.setLong(1, profileId);
                    s.setInt(2, limit);
                }, rs -> {
                    long channel = rs.getLong("channel_id");
                    Long channelId = rs.wasNull() ? null : channel;
                    return new Entry(rs.getLong("profile_id"), channelId, rs.getString("channel_kind"),
                            rs.getString("condition_key"), rs.getString("severity"), rs.getString("title"),
                            rs.getString("status"), rs.getString("error"), Jdbc.instant(rs, "created_at"));
                });
    }
}

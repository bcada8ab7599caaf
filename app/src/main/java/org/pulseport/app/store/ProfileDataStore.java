package org.pulseport.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * A profile's data as a whole: every stored reading, streamed in time order for an export, and deleting the profile
 * with everything it owns. Samples and notification logs have no foreign key (bulk speed) and are deleted
 * explicitly; every other table with a {@code profile_id} references the profile with {@code ON DELETE CASCADE}
 * (devices with {@code SET NULL}: a device outlives its pairing).
 */
public final class ProfileDataStore {

    /** One stored reading with the name of the source it came from. */
    public record Reading(Instant recordedAt, ZoneOffset offset, String metricCode, double value, String trend,
                          String quality, LocalDate providerDay, String source) {
    }

    /** What deleting a profile removed: its readings, notification log lines, and whether the profile existed. */
    public record Deletion(long readings, long notificationLogs, boolean profileDeleted) {
    }

    private static final String READINGS = "SELECT s.recorded_at, s.utc_offset_seconds, s.metric_type, s.reading,"
            + " s.trend, s.quality, s.provider_day, src.display_name FROM samples s"
            + " LEFT JOIN sources src ON src.id = s.source_id WHERE s.profile_id = ?"
            + " ORDER BY s.recorded_at, s.metric_type, s.source_id";

    private final DataSource dataSource;

    public ProfileDataStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Hands every reading of the profile to {@code sink}, oldest first; returns how many there were. */
    public long forEachReading(long profileId, Consumer<Reading> sink) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(READINGS)) {
            q.setLong(1, profileId);
            q.setFetchSize(5000);
            long count = 0;
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    sink.accept(new Reading(rs.getObject(1, OffsetDateTime.class).toInstant(),
                            ZoneOffset.ofTotalSeconds(rs.getInt(2)), rs.getString(3), rs.getDouble(4), rs.getString(5),
                            rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8)));
                    count++;
                }
            }
            return count;
        } catch (SQLException e) {
            throw new StoreQueryException("reading the profile's samples for export", e);
        }
    }

    /** Deletes the profile and everything it owns, in one transaction. */
    public Deletion delete(long profileId) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long readings = deleteWhere(c, "DELETE FROM samples WHERE profile_id = ?", profileId);
                long logs = deleteWhere(c, "DELETE FROM notification_logs WHERE profile_id = ?", profileId);
                boolean deleted = deleteWhere(c, "DELETE FROM profiles WHERE id = ?", profileId) == 1;
                c.commit();
                return new Deletion(readings, logs, deleted);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreQueryException("deleting a profile", e);
        }
    }

    private static long deleteWhere(Connection c, String sql, long profileId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, profileId);
            return s.executeLargeUpdate();
        }
    }
}

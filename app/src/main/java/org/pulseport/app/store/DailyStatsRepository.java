package org.pulseport.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.pulseport.core.model.MetricType;

/** Stored daily statistics, and the queue of ranges whose statistics must be recomputed. */
public final class DailyStatsRepository {

    /** One day of one metric for one profile; rolling averages are null until computed. */
    public record Row(long profileId, MetricType metric, LocalDate day, double average, double min, double max, int count,
                      Double rolling7, Double rolling30) {
    }

    /** A range with new readings, waiting for the aggregation. */
    public record Pending(long id, long profileId, Instant from, Instant to) {
    }

    private static final List<String> COLUMNS = List.of("profile_id", "metric_type", "stat_day", "avg_value", "min_value",
            "max_value", "sample_count", "rolling_7d_avg", "rolling_30d_avg", "computed_at");
    private static final List<String> KEY = List.of("profile_id", "metric_type", "stat_day");

    private final DataSource dataSource;
    private final Jdbc jdbc;
    private final String upsert;

    public DailyStatsRepository(DataSource dataSource, SqlDialect dialect) {
        this.dataSource = dataSource;
        this.jdbc = new Jdbc(dataSource);
        this.upsert = dialect.upsert("daily_stats", COLUMNS, KEY);
    }

    public void markPending(long profileId, Instant from, Instant to, Instant now) {
        jdbc.update("noting days to recompute", "INSERT INTO stats_pending (profile_id, from_instant, to_instant, created_at)"
                + " VALUES (?, ?, ?, ?)", s -> {
                    s.setLong(1, profileId);
                    Jdbc.setInstant(s, 2, from);
                    Jdbc.setInstant(s, 3, to);
                    Jdbc.setInstant(s, 4, now);
                });
    }

    public List<Pending> pending() {
        return jdbc.query("reading days to recompute", "SELECT id, profile_id, from_instant, to_instant FROM stats_pending ORDER BY id",
                s -> { }, rs -> new Pending(rs.getLong("id"), rs.getLong("profile_id"), Jdbc.instant(rs, "from_instant"),
                        Jdbc.instant(rs, "to_instant")));
    }

    public void clearPending(List<Long> ids) {
        for (Long id : ids) {
            jdbc.update("clearing recomputed days", "DELETE FROM stats_pending WHERE id = ?", s -> s.setLong(1, id));
        }
    }

    /** Stored rows of one metric for days in [from, to], in day order. */
    public List<Row> read(long profileId, MetricType metric, LocalDate from, LocalDate to) {
        return jdbc.query("reading daily statistics", "SELECT * FROM daily_stats WHERE profile_id = ? AND metric_type = ?"
                + " AND stat_day BETWEEN ? AND ? ORDER BY stat_day", s -> {
                    s.setLong(1, profileId);
                    s.setString(2, metric.code());
                    s.setObject(3, from);
                    s.setObject(4, to);
                }, rs -> new Row(profileId, metric, rs.getObject("stat_day", LocalDate.class), rs.getDouble("avg_value"),
                        rs.getDouble("min_value"), rs.getDouble("max_value"), rs.getInt("sample_count"),
                        (Double) rs.getObject("rolling_7d_avg", Double.class), (Double) rs.getObject("rolling_30d_avg", Double.class)));
    }

    /** Stored rows of every metric for days in [from, to]. */
    public List<Row> readAll(long profileId, LocalDate from, LocalDate to) {
        return jdbc.query("reading daily statistics", "SELECT * FROM daily_stats WHERE profile_id = ?"
                + " AND stat_day BETWEEN ? AND ? ORDER BY metric_type, stat_day", s -> {
                    s.setLong(1, profileId);
                    s.setObject(2, from);
                    s.setObject(3, to);
                }, rs -> new Row(profileId, MetricType.fromCode(rs.getString("metric_type")).orElseThrow(),
                        rs.getObject("stat_day", LocalDate.class), rs.getDouble("avg_value"), rs.getDouble("min_value"),
                        rs.getDouble("max_value"), rs.getInt("sample_count"), (Double) rs.getObject("rolling_7d_avg", Double.class),
                        (Double) rs.getObject("rolling_30d_avg", Double.class)));
    }

    /** Inserts or replaces the rows in one transaction. */
    public void save(List<Row> rows, Instant now) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(upsert)) {
                for (Row row : rows) {
                    s.setLong(1, row.profileId());
                    s.setString(2, row.metric().code());
                    s.setObject(3, row.day());
                    s.setDouble(4, row.average());
                    s.setDouble(5, row.min());
                    s.setDouble(6, row.max());
                    s.setInt(7, row.count());
                    setNullable(s, 8, row.rolling7());
                    setNullable(s, 9, row.rolling30());
                    Jdbc.setInstant(s, 10, now);
                    s.addBatch();
                }
                s.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreQueryException("saving daily statistics", e);
        }
    }

    private static void setNullable(PreparedStatement s, int index, Double value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.DOUBLE);
        } else {
            s.setDouble(index, value);
        }
    }
}

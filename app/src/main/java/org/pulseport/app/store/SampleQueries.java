package org.pulseport.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import javax.sql.DataSource;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.TimeSeries;

/** Reads stored samples as compact time series. */
public final class SampleQueries {

    private static final String SERIES = "SELECT recorded_at, reading FROM samples WHERE profile_id = ? AND metric_type = ?"
            + " AND recorded_at >= ? AND recorded_at < ? ORDER BY recorded_at";
    private static final String COUNT = "SELECT COUNT(*) FROM samples WHERE profile_id = ?";

    private final DataSource dataSource;

    public SampleQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** All readings of one metric for one profile in [from, to), across its sources, in time order. */
    public TimeSeries series(long profileId, MetricType metric, Instant from, Instant to) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(SERIES)) {
            q.setLong(1, profileId);
            q.setString(2, metric.code());
            q.setObject(3, SampleWriter.utc(from));
            q.setObject(4, SampleWriter.utc(to));
            q.setFetchSize(5000);
            TimeSeries.Builder builder = new TimeSeries.Builder();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    builder.add(rs.getObject(1, OffsetDateTime.class).toInstant().toEpochMilli(), rs.getDouble(2));
                }
            }
            return builder.build();
        } catch (SQLException e) {
            throw new StoreQueryException("reading " + metric.code() + " samples", e);
        }
    }

    /** The first and last instant with any reading of the profile, if it has readings. */
    public Optional<java.util.Map.Entry<Instant, Instant>> extent(long profileId) {
        return new Jdbc(dataSource).query("finding the profile's readings", "SELECT MIN(recorded_at) AS first_at,"
                + " MAX(recorded_at) AS last_at FROM samples WHERE profile_id = ?", s -> s.setLong(1, profileId),
                rs -> {
                    Instant first = Jdbc.instant(rs, "first_at");
                    return first == null ? Optional.<java.util.Map.Entry<Instant, Instant>>empty()
                            : Optional.of(java.util.Map.entry(first, Jdbc.instant(rs, "last_at")));
                }).get(0);
    }

    /** The metrics with readings for the profile in [from, to). */
    public java.util.List<MetricType> metricsBetween(long profileId, Instant from, Instant to) {
        return new Jdbc(dataSource).query("listing metrics with readings", "SELECT DISTINCT metric_type FROM samples"
                + " WHERE profile_id = ? AND recorded_at >= ? AND recorded_at < ?", s -> {
                    s.setLong(1, profileId);
                    Jdbc.setInstant(s, 2, from);
                    Jdbc.setInstant(s, 3, to);
                }, rs -> MetricType.fromCode(rs.getString(1))).stream().flatMap(Optional::stream).sorted().toList();
    }

    /** Values of a daily metric by the provider's own day, for provider days in [from, to]. */
    public java.util.List<java.util.Map.Entry<java.time.LocalDate, Double>> byProviderDay(long profileId, MetricType metric,
                                                                                          java.time.LocalDate from,
                                                                                          java.time.LocalDate to) {
        return new Jdbc(dataSource).query("reading daily " + metric.code() + " values", "SELECT provider_day, reading FROM samples"
                + " WHERE profile_id = ? AND metric_type = ? AND provider_day BETWEEN ? AND ? ORDER BY provider_day", s -> {
                    s.setLong(1, profileId);
                    s.setString(2, metric.code());
                    s.setObject(3, from);
                    s.setObject(4, to);
                }, rs -> java.util.Map.entry(rs.getObject(1, java.time.LocalDate.class), rs.getDouble(2)));
    }

    /** The newest reading of a metric with its trend (for glucose), if there is one. */
    public record LatestReading(Instant at, double value, Optional<org.pulseport.core.model.GlucoseTrend> trend) {
    }

    public Optional<LatestReading> latestReading(long profileId, MetricType metric) {
        return new Jdbc(dataSource).query("reading the newest " + metric.code(), "SELECT recorded_at, reading, trend FROM samples"
                + " WHERE profile_id = ? AND metric_type = ? ORDER BY recorded_at DESC FETCH FIRST 1 ROWS ONLY", s -> {
                    s.setLong(1, profileId);
                    s.setString(2, metric.code());
                }, rs -> new LatestReading(Jdbc.instant(rs, "recorded_at"), rs.getDouble("reading"),
                        Optional.ofNullable(rs.getString("trend")).map(org.pulseport.core.model.GlucoseTrend::valueOf)))
                .stream().findFirst();
    }

    public long countForProfile(long profileId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(COUNT)) {
            q.setLong(1, profileId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreQueryException("counting samples", e);
        }
    }

    /** The instants of one source's readings of one metric in [from, to], in time order. */
    public java.util.List<Instant> instantsOfSource(long profileId, long sourceId, MetricType metric, Instant from,
                                                    Instant to) {
        return new Jdbc(dataSource).query("reading the stored " + metric.code() + " times of a source",
                "SELECT recorded_at FROM samples WHERE profile_id = ? AND source_id = ? AND metric_type = ?"
                        + " AND recorded_at >= ? AND recorded_at <= ? ORDER BY recorded_at", s -> {
                    s.setLong(1, profileId);
                    s.setLong(2, sourceId);
                    s.setString(3, metric.code());
                    Jdbc.setInstant(s, 4, from);
                    Jdbc.setInstant(s, 5, to);
                }, rs -> rs.getObject(1, OffsetDateTime.class).toInstant());
    }
}

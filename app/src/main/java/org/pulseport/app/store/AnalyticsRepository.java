package org.pulseport.app.store;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.pulseport.core.model.MetricType;

/** Stored analytics results: daily health scores, metric correlations, anomalies. */
public final class AnalyticsRepository {

    /** One score of one day; {@code score} is null when no input had data. */
    public record ScoreRow(LocalDate day, String kind, Double score, double confidence, String inputsUsed, String missing) {
    }

    /** One correlation between two daily metrics. */
    public record CorrelationRow(MetricType first, MetricType second, int pairedDays, double pearson, double pearsonP,
                                 double spearman, double spearmanP) {
    }

    /** One detected anomaly. */
    public record AnomalyRow(long id, long profileId, String category, String severity, MetricType metric, Instant start,
                             Instant end, double observed, Double baseline, Double robustZ, String message,
                             Instant detectedAt) {
    }

    private static final List<String> SCORE_COLUMNS = List.of("profile_id", "score_day", "kind", "score", "confidence",
            "inputs_used", "missing", "computed_at");

    private final Jdbc jdbc;
    private final String upsertScore;
    private final String insertAnomaly;

    public AnalyticsRepository(DataSource dataSource, SqlDialect dialect) {
        this.jdbc = new Jdbc(dataSource);
        this.upsertScore = dialect.upsert("health_scores", SCORE_COLUMNS, List.of("profile_id", "score_day", "kind"));
        this.insertAnomaly = dialect.insertIfAbsent("anomalies", List.of("profile_id", "category", "severity",
                "metric_type", "started_at", "ended_at", "observed", "baseline", "robust_z", "message", "detected_at"),
                List.of("profile_id", "category", "metric_type", "started_at"));
    }

    public void saveScores(long profileId, List<ScoreRow> scores, Instant now) {
        for (ScoreRow row : scores) {
            jdbc.update("saving health scores", upsertScore, s -> {
                s.setLong(1, profileId);
                s.setObject(2, row.day());
                s.setString(3, row.kind());
                s.setObject(4, row.score());
                s.setDouble(5, row.confidence());
                s.setString(6, Jdbc.truncate(row.inputsUsed(), 1000));
                s.setString(7, Jdbc.truncate(row.missing(), 1000));
                Jdbc.setInstant(s, 8, now);
            });
        }
    }

    /** The scores of the newest scored day, one per kind. */
    public List<ScoreRow> latestScores(long profileId) {
        return jdbc.query("reading health scores", "SELECT * FROM health_scores WHERE profile_id = ? AND score_day ="
                + " (SELECT MAX(score_day) FROM health_scores WHERE profile_id = ?) ORDER BY kind", s -> {
                    s.setLong(1, profileId);
                    s.setLong(2, profileId);
                }, rs -> new ScoreRow(rs.getObject("score_day", LocalDate.class), rs.getString("kind"),
                        (Double) rs.getObject("score", Double.class), rs.getDouble("confidence"),
                        rs.getString("inputs_used"), rs.getString("missing")));
    }

    /** Replaces the profile's correlations with a fresh set. */
    public void replaceCorrelations(long profileId, List<CorrelationRow> rows, Instant now) {
        jdbc.update("clearing correlations", "DELETE FROM metric_correlations WHERE profile_id = ?", s -> s.setLong(1, profileId));
        for (CorrelationRow row : rows) {
            jdbc.update("saving correlations", "INSERT INTO metric_correlations (profile_id, metric_a, metric_b, paired_days,"
                    + " pearson, pearson_p, spearman, spearman_p, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", s -> {
                        s.setLong(1, profileId);
                        s.setString(2, row.first().code());
                        s.setString(3, row.second().code());
                        s.setInt(4, row.pairedDays());
                        s.setDouble(5, row.pearson());
                        s.setDouble(6, row.pearsonP());
                        s.setDouble(7, row.spearman());
                        s.setDouble(8, row.spearmanP());
                        Jdbc.setInstant(s, 9, now);
                    });
        }
    }

    public List<CorrelationRow> correlations(long profileId) {
        return jdbc.query("reading correlations", "SELECT * FROM metric_correlations WHERE profile_id = ? ORDER BY metric_a, metric_b",
                s -> s.setLong(1, profileId), rs -> new CorrelationRow(metric(rs.getString("metric_a")),
                        metric(rs.getString("metric_b")), rs.getInt("paired_days"), rs.getDouble("pearson"),
                        rs.getDouble("pearson_p"), rs.getDouble("spearman"), rs.getDouble("spearman_p")));
    }

    /** Stores an anomaly unless the same one (profile, category, metric, start) is stored; true when new. */
    public boolean addAnomaly(long profileId, String category, String severity, MetricType metric, Instant start,
                              Instant end, double observed, Double baseline, Double robustZ, String message, Instant now) {
        return jdbc.update("saving an anomaly", insertAnomaly, s -> {
            s.setLong(1, profileId);
            s.setString(2, category);
            s.setString(3, severity);
            s.setString(4, metric.code());
            Jdbc.setInstant(s, 5, start);
            Jdbc.setInstant(s, 6, end);
            s.setDouble(7, observed);
            s.setObject(8, baseline);
            s.setObject(9, robustZ);
            s.setString(10, Jdbc.truncate(message, 1000));
            Jdbc.setInstant(s, 11, now);
        }) > 0;
    }

    public List<AnomalyRow> recentAnomalies(long profileId, int limit) {
        return jdbc.query("reading anomalies", "SELECT * FROM anomalies WHERE profile_id = ? ORDER BY started_at DESC"
                + " FETCH FIRST ? ROWS ONLY", s -> {
                    s.setLong(1, profileId);
                    s.setInt(2, limit);
                }, AnalyticsRepository::anomaly);
    }

    /** Anomalies that started in [from, to). */
    public List<AnomalyRow> anomaliesBetween(long profileId, Instant from, Instant to) {
        return jdbc.query("reading anomalies", "SELECT * FROM anomalies WHERE profile_id = ? AND started_at >= ? AND started_at < ?"
                + " ORDER BY started_at", s -> {
                    s.setLong(1, profileId);
                    Jdbc.setInstant(s, 2, from);
                    Jdbc.setInstant(s, 3, to);
                }, AnalyticsRepository::anomaly);
    }

    private static AnomalyRow anomaly(java.sql.ResultSet rs) throws SQLException {
        return new AnomalyRow(rs.getLong("id"), rs.getLong("profile_id"), rs.getString("category"),
                rs.getString("severity"), metric(rs.getString("metric_type")), Jdbc.instant(rs, "started_at"),
                Jdbc.instant(rs, "ended_at"), rs.getDouble("observed"), (Double) rs.getObject("baseline", Double.class),
                (Double) rs.getObject("robust_z", Double.class), rs.getString("message"), Jdbc.instant(rs, "detected_at"));
    }

    private static MetricType metric(String code) throws SQLException {
        return MetricType.fromCode(code).orElseThrow(() -> new SQLException("unknown metric code in database: " + code));
    }
}

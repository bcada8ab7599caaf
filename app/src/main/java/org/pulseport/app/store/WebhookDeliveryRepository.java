package org.pulseport.app.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Published webhook events (the exact payload) and every delivery attempt, for audit and redelivery. */
public final class WebhookDeliveryRepository {

    /** A published event. */
    public record StoredEvent(String id, long profileId, String type, String payload, Instant createdAt) {
    }

    /** One delivery attempt; {@code httpStatus} is null when no response arrived. */
    public record Attempt(long id, String deliveryKey, long endpointId, String eventId, String eventType, int attempt,
                          Instant attemptedAt, String status, Integer httpStatus, long latencyMs,
                          String responseExcerpt, String error, Instant nextAttemptAt) {
    }

    /** What to record about a new attempt. */
    public record NewAttempt(String deliveryKey, long endpointId, String eventId, int attempt, Instant attemptedAt,
                             String status, Integer httpStatus, long latencyMs, String responseExcerpt, String error,
                             Instant nextAttemptAt) {
    }

    private static final String ATTEMPT_COLUMNS = "d.id, d.delivery_key, d.endpoint_id, d.event_id, e.event_type, d.attempt,"
            + " d.attempted_at, d.status, d.http_status, d.latency_ms, d.response_excerpt, d.error, d.next_attempt_at"
            + " FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id";

    private final Jdbc jdbc;

    public WebhookDeliveryRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    public void saveEvent(StoredEvent event) {
        jdbc.update("storing webhook event " + event.id(),
                "INSERT INTO webhook_events (id, profile_id, event_type, payload, created_at) VALUES (?, ?, ?, ?, ?)", s -> {
                    s.setString(1, event.id());
                    s.setLong(2, event.profileId());
                    s.setString(3, event.type());
                    s.setString(4, event.payload());
                    Jdbc.setInstant(s, 5, event.createdAt());
                });
    }

    public Optional<StoredEvent> event(String id) {
        return jdbc.query("reading webhook event " + id, "SELECT * FROM webhook_events WHERE id = ?", s -> s.setString(1, id),
                rs -> new StoredEvent(rs.getString("id"), rs.getLong("profile_id"), rs.getString("event_type"),
                        rs.getString("payload"), Jdbc.instant(rs, "created_at"))).stream().findFirst();
    }

    public long record(NewAttempt a) {
        return jdbc.insert("recording webhook delivery attempt " + a.deliveryKey(),
                "INSERT INTO webhook_deliveries (delivery_key, endpoint_id, event_id, attempt, attempted_at, status, http_status,"
                        + " latency_ms, response_excerpt, error, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s -> {
                    s.setString(1, a.deliveryKey());
                    s.setLong(2, a.endpointId());
                    s.setString(3, a.eventId());
                    s.setInt(4, a.attempt());
                    Jdbc.setInstant(s, 5, a.attemptedAt());
                    s.setString(6, a.status());
                    if (a.httpStatus() == null) {
                        s.setNull(7, Types.INTEGER);
                    } else {
                        s.setInt(7, a.httpStatus());
                    }
                    s.setLong(8, a.latencyMs());
                    s.setString(9, Jdbc.truncate(a.responseExcerpt(), 500));
                    s.setString(10, Jdbc.truncate(a.error(), 500));
                    Jdbc.setInstant(s, 11, a.nextAttemptAt());
                });
    }

    /** The newest attempt of a delivery, if any was made. */
    public Optional<Attempt> lastAttempt(String deliveryKey) {
        return jdbc.query("reading the last attempt of " + deliveryKey, "SELECT " + ATTEMPT_COLUMNS
                        + " WHERE d.delivery_key = ? ORDER BY d.attempt DESC FETCH FIRST 1 ROWS ONLY",
                s -> s.setString(1, deliveryKey), WebhookDeliveryRepository::attempt).stream().findFirst();
    }

    public Optional<Attempt> find(long id) {
        return jdbc.query("reading webhook delivery " + id, "SELECT " + ATTEMPT_COLUMNS + " WHERE d.id = ?",
                s -> s.setLong(1, id), WebhookDeliveryRepository::attempt).stream().findFirst();
    }

    /** The newest attempts to one endpoint, newest first. */
    public List<Attempt> forEndpoint(long endpointId, int limit) {
        return jdbc.query("listing deliveries of endpoint " + endpointId, "SELECT " + ATTEMPT_COLUMNS
                        + " WHERE d.endpoint_id = ? ORDER BY d.id DESC FETCH FIRST ? ROWS ONLY", s -> {
                    s.setLong(1, endpointId);
                    s.setInt(2, limit);
                }, WebhookDeliveryRepository::attempt);
    }

    private static Attempt attempt(ResultSet rs) throws SQLException {
        int httpStatus = rs.getInt("http_status");
        Integer status = rs.wasNull() ? null : httpStatus;
        return new Attempt(rs.getLong("id"), rs.getString("delivery_key"), rs.getLong("endpoint_id"),
                rs.getString("event_id"), rs.getString("event_type"), rs.getInt("attempt"),
                Jdbc.instant(rs, "attempted_at"), rs.getString("status"), status, rs.getLong("latency_ms"),
                rs.getString("response_excerpt"), rs.getString("error"), Jdbc.instant(rs, "next_attempt_at"));
    }
}

package org.pulseport.app.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * {@code workout_provider_refs}: the ids destinations gave Pulseport's workouts, one row per (entity, provider), so
 * a new destination needs no new column.
 */
public final class ProviderRefRepository {

    private static final List<String> KEY = List.of("entity_type", "entity_id", "provider");

    private final Jdbc jdbc;
    private final SqlDialect dialect;

    public ProviderRefRepository(DataSource dataSource, SqlDialect dialect) {
        this.jdbc = new Jdbc(dataSource);
        this.dialect = dialect;
    }

    public Optional<ProviderRef> find(String entityType, UUID entityId, String provider) {
        return jdbc.query("reading the " + provider + " id of " + entityType + " " + entityId,
                "SELECT provider, remote_id, attempt_started_at, synced_at FROM workout_provider_refs"
                        + " WHERE entity_type = ? AND entity_id = ? AND provider = ?", s -> {
                    s.setString(1, entityType);
                    s.setObject(2, entityId);
                    s.setString(3, provider);
                }, ProviderRefRepository::map).stream().findFirst();
    }

    /** Every destination that holds (or may hold) the entity. */
    public List<ProviderRef> of(String entityType, UUID entityId) {
        return jdbc.query("reading the provider ids of " + entityType + " " + entityId,
                "SELECT provider, remote_id, attempt_started_at, synced_at FROM workout_provider_refs"
                        + " WHERE entity_type = ? AND entity_id = ? ORDER BY provider", s -> {
                    s.setString(1, entityType);
                    s.setObject(2, entityId);
                }, ProviderRefRepository::map);
    }

    /** Notes, before a create is sent, that the destination may hold a copy whose id is not known yet. */
    public void markInDoubt(String entityType, UUID entityId, String provider, long profileId, Instant now) {
        jdbc.update("noting a create of " + entityType + " " + entityId + " at " + provider,
                dialect.insertIfAbsent("workout_provider_refs",
                        List.of("entity_type", "entity_id", "provider", "profile_id", "attempt_started_at"), KEY), s -> {
                    s.setString(1, entityType);
                    s.setObject(2, entityId);
                    s.setString(3, provider);
                    s.setLong(4, profileId);
                    Jdbc.setInstant(s, 5, now);
                });
    }

    public void saveRemote(String entityType, UUID entityId, String provider, long profileId, String remoteId, Instant now) {
        jdbc.update("recording the " + provider + " id of " + entityType + " " + entityId,
                dialect.upsert("workout_provider_refs", List.of("entity_type", "entity_id", "provider", "profile_id",
                        "remote_id", "attempt_started_at", "synced_at"), KEY), s -> {
                    s.setString(1, entityType);
                    s.setObject(2, entityId);
                    s.setString(3, provider);
                    s.setLong(4, profileId);
                    s.setString(5, remoteId);
                    Jdbc.setInstant(s, 6, now);
                    Jdbc.setInstant(s, 7, now);
                });
    }

    public void remove(String entityType, UUID entityId, String provider) {
        jdbc.update("forgetting the " + provider + " id of " + entityType + " " + entityId,
                "DELETE FROM workout_provider_refs WHERE entity_type = ? AND entity_id = ? AND provider = ?", s -> {
                    s.setString(1, entityType);
                    s.setObject(2, entityId);
                    s.setString(3, provider);
                });
    }

    private static ProviderRef map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ProviderRef(rs.getString("provider"), Optional.ofNullable(rs.getString("remote_id")),
                Jdbc.instant(rs, "attempt_started_at"), Jdbc.instant(rs, "synced_at"));
    }
}

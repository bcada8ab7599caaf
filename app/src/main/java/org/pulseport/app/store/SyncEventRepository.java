package org.pulseport.app.store;

import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/** The audit trail: one sync event per sync run and source. */
public final class SyncEventRepository {

    /** A recorded sync run. */
    public record SyncEvent(long id, long profileId, Long sourceId, String trigger, Instant startedAt, Instant finishedAt,
                            Instant windowFrom, Instant windowTo, long fetched, long inserted, long duplicates,
                            long rejected, String outcome, String errorCode, String errorMessage) {
    }

    /** A recorded sync run with the source it read from (for histories across profiles, such as device imports). */
    public record SourceSyncEvent(SyncEvent event, String connectorId, String externalId, String sourceName,
                                  String note) {
    }

    private final Jdbc jdbc;

    public SyncEventRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    public long started(long profileId, long sourceId, String trigger, Instant at, Instant windowFrom, Instant windowTo) {
        return jdbc.insert("recording the start of a sync",
                "INSERT INTO sync_events (profile_id, source_id, trigger_kind, started_at, window_from, window_to, outcome)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 'running')", s -> {
                    s.setLong(1, profileId);
                    s.setLong(2, sourceId);
                    s.setString(3, trigger);
                    Jdbc.setInstant(s, 4, at);
                    Jdbc.setInstant(s, 5, windowFrom);
                    Jdbc.setInstant(s, 6, windowTo);
                });
    }

    public void finished(long eventId, Instant at, IngestResult counts, String outcome, String errorCode, String errorMessage) {
        jdbc.update("recording the end of sync " + eventId,
                "UPDATE sync_events SET finished_at = ?, fetched = ?, inserted = ?, duplicates = ?, rejected = ?, outcome = ?,"
                        + " error_code = ?, error_message = ? WHERE id = ?", s -> {
                    Jdbc.setInstant(s, 1, at);
                    s.setLong(2, counts.total());
                    s.setLong(3, counts.inserted());
                    s.setLong(4, counts.duplicates());
                    s.setLong(5, counts.rejected());
                    s.setString(6, outcome);
                    s.setString(7, errorCode);
                    s.setString(8, Jdbc.truncate(errorMessage, 2000));
                    s.setLong(9, eventId);
                });
    }

    public List<SyncEvent> recentForProfile(long profileId, int limit) {
        return jdbc.query("listing sync events", "SELECT * FROM sync_events WHERE profile_id = ? ORDER BY started_at DESC, id DESC"
                + " FETCH FIRST ? ROWS ONLY", s -> {
                    s.setLong(1, profileId);
                    s.setInt(2, limit);
                }, rs -> new SyncEvent(rs.getLong("id"), rs.getLong("profile_id"), (Long) rs.getObject("source_id", Long.class),
                        rs.getString("trigger_kind"), Jdbc.instant(rs, "started_at"), Jdbc.instant(rs, "finished_at"),
                        Jdbc.instant(rs, "window_from"), Jdbc.instant(rs, "window_to"), rs.getLong("fetched"),
                        rs.getLong("inserted"), rs.getLong("duplicates"), rs.getLong("rejected"), rs.getString("outcome"),
                        rs.getString("error_code"), rs.getString("error_message")));
    }

    /** Attaches a note to a sync event, e.g. a warning about the device clock; shown with the event. */
    public void note(long eventId, String note) {
        jdbc.update("noting on sync " + eventId, "UPDATE sync_events SET note = ? WHERE id = ?", s -> {
            s.setString(1, Jdbc.truncate(note, 500));
            s.setLong(2, eventId);
        });
    }

    /** The newest sync events of sources of one kind (e.g. every device import), across profiles. */
    public List<SourceSyncEvent> recentOfKind(SourceKind kind, int limit) {
        return jdbc.query("listing " + kind.code() + " sync events", "SELECT e.*, s.connector_id, s.external_id,"
                + " s.display_name FROM sync_events e JOIN sources s ON s.id = e.source_id WHERE s.kind = ?"
                + " ORDER BY e.started_at DESC, e.id DESC FETCH FIRST ? ROWS ONLY", s -> {
                    s.setString(1, kind.code());
                    s.setInt(2, limit);
                }, rs -> new SourceSyncEvent(event(rs), rs.getString("connector_id"), rs.getString("external_id"),
                        rs.getString("display_name"), rs.getString("note")));
    }

    private static SyncEvent event(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new SyncEvent(rs.getLong("id"), rs.getLong("profile_id"), (Long) rs.getObject("source_id", Long.class),
                rs.getString("trigger_kind"), Jdbc.instant(rs, "started_at"), Jdbc.instant(rs, "finished_at"),
                Jdbc.instant(rs, "window_from"), Jdbc.instant(rs, "window_to"), rs.getLong("fetched"),
                rs.getLong("inserted"), rs.getLong("duplicates"), rs.getLong("rejected"), rs.getString("outcome"),
                rs.getString("error_code"), rs.getString("error_message"));
    }
}

package org.pulseport.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/** {@code workout_upload_targets}: the destinations each profile uploads workouts to. */
public final class UploadTargetRepository {

    private final DataSource dataSource;
    private final Jdbc jdbc;

    public UploadTargetRepository(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new Jdbc(dataSource);
    }

    public Set<String> providers(long profileId) {
        return new TreeSet<>(jdbc.query("reading the upload targets of profile " + profileId,
                "SELECT provider FROM workout_upload_targets WHERE profile_id = ?", s -> s.setLong(1, profileId),
                rs -> rs.getString(1)));
    }

    /** Replaces the profile's targets in one transaction. */
    public void replace(long profileId, Set<String> providers) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM workout_upload_targets WHERE profile_id = ?");
                 PreparedStatement insert = c.prepareStatement(
                         "INSERT INTO workout_upload_targets (profile_id, provider) VALUES (?, ?)")) {
                delete.setLong(1, profileId);
                delete.executeUpdate();
                for (String provider : providers) {
                    insert.setLong(1, profileId);
                    insert.setString(2, provider);
                    insert.addBatch();
                }
                insert.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreQueryException("saving the upload targets of profile " + profileId, e);
        }
    }
}

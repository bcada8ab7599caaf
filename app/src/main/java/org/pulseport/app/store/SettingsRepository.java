package org.pulseport.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** User preferences as name/value pairs. */
public final class SettingsRepository {

    private static final String GET = "SELECT setting_value FROM settings WHERE name = ?";

    private final DataSource dataSource;
    private final String upsert;

    public SettingsRepository(DataSource dataSource, SqlDialect dialect) {
        this.dataSource = dataSource;
        this.upsert = dialect.upsert("settings", List.of("name", "setting_value"), List.of("name"));
    }

    public Optional<String> get(String name) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(GET)) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreQueryException("reading setting " + name, e);
        }
    }

    public void put(String name, String value) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(upsert)) {
            q.setString(1, name);
            q.setString(2, value);
            q.executeUpdate();
        } catch (SQLException e) {
            throw new StoreQueryException("saving setting " + name, e);
        }
    }
}

package org.pulseport.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The few statements that differ between the embedded H2 store and a shared PostgreSQL database. Everything
 * else is portable SQL written once.
 */
public enum SqlDialect {
    /** H2 2.x: the SQL-standard MERGE. */
    H2,
    /** PostgreSQL: INSERT ... ON CONFLICT DO NOTHING, which also works before PostgreSQL 15 added MERGE. */
    POSTGRESQL;

    public static SqlDialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        if (product.contains("h2")) {
            return H2;
        }
        throw new SQLException("Unsupported database: " + product + " (Pulseport supports H2 and PostgreSQL)");
    }

    /** The column type for binary data (serialized job data). */
    public String binaryType() {
        return this == POSTGRESQL ? "BYTEA" : "BLOB";
    }

    /**
     * A single-row statement that inserts the row unless a row with the same key exists; its update count is 1
     * when it inserted and 0 when the row was already there.
     */
    public String insertIfAbsent(String table, List<String> columns, List<String> keyColumns) {
        String columnList = String.join(", ", columns);
        String placeholders = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        if (this == POSTGRESQL) {
            return "INSERT INTO " + table + " (" + columnList + ") VALUES (" + placeholders + ") ON CONFLICT ("
                    + String.join(", ", keyColumns) + ") DO NOTHING";
        }
        String match = keyColumns.stream().map(c -> "t." + c + " = s." + c).collect(Collectors.joining(" AND "));
        String sourceColumns = columns.stream().map(c -> "s." + c).collect(Collectors.joining(", "));
        return "MERGE INTO " + table + " t USING (VALUES (" + placeholders + ")) s (" + columnList + ") ON "
                + match + " WHEN NOT MATCHED THEN INSERT (" + columnList + ") VALUES (" + sourceColumns + ")";
    }

    /** A statement that inserts or replaces one row by its key. */
    public String upsert(String table, List<String> columns, List<String> keyColumns) {
        String columnList = String.join(", ", columns);
        String placeholders = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        List<String> valueColumns = columns.stream().filter(c -> !keyColumns.contains(c)).collect(Collectors.toList());
        if (this == POSTGRESQL) {
            String updates = valueColumns.stream().map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
            return "INSERT INTO " + table + " (" + columnList + ") VALUES (" + placeholders + ") ON CONFLICT ("
                    + String.join(", ", keyColumns) + ") DO UPDATE SET " + updates;
        }
        String match = keyColumns.stream().map(c -> "t." + c + " = s." + c).collect(Collectors.joining(" AND "));
        String updates = valueColumns.stream().map(c -> c + " = s." + c).collect(Collectors.joining(", "));
        String sourceColumns = columns.stream().map(c -> "s." + c).collect(Collectors.joining(", "));
        return "MERGE INTO " + table + " t USING (VALUES (" + placeholders + ")) s (" + columnList + ") ON "
                + match + " WHEN MATCHED THEN UPDATE SET " + updates
                + " WHEN NOT MATCHED THEN INSERT (" + columnList + ") VALUES (" + sourceColumns + ")";
    }
}

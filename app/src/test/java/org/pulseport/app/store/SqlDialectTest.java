package org.pulseport.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlDialectTest {

    @Test
    void h2UsesStandardMerge() {
        assertThat(SqlDialect.H2.insertIfAbsent("t", List.of("a", "b", "c"), List.of("a", "b"))).isEqualTo(
                "MERGE INTO t t USING (VALUES (?, ?, ?)) s (a, b, c) ON t.a = s.a AND t.b = s.b"
                        + " WHEN NOT MATCHED THEN INSERT (a, b, c) VALUES (s.a, s.b, s.c)");
    }

    @Test
    void postgresUsesOnConflict() {
        assertThat(SqlDialect.POSTGRESQL.insertIfAbsent("t", List.of("a", "b", "c"), List.of("a", "b"))).isEqualTo(
                "INSERT INTO t (a, b, c) VALUES (?, ?, ?) ON CONFLICT (a, b) DO NOTHING");
        assertThat(SqlDialect.POSTGRESQL.upsert("t", List.of("a", "b"), List.of("a"))).isEqualTo(
                "INSERT INTO t (a, b) VALUES (?, ?) ON CONFLICT (a) DO UPDATE SET b = EXCLUDED.b");
    }
}

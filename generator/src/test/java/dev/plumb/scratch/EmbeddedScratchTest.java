package dev.plumb.scratch;

import dev.plumb.runtime.Dialect;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded PostgreSQL that {@code check} and {@code verify} use when no scratch server is named. */
class EmbeddedScratchTest {

    @Test
    void hasALockTableLargeEnoughToDropAThousandTablesInOneTransaction() throws SQLException {
        try (ScratchDatabase scratch = ScratchDatabases.create(ScratchRequest.of(Dialect.POSTGRESQL));
             Connection connection = scratch.settings().connect();
             Statement statement = connection.createStatement()) {
            // the lock table holds max_locks_per_transaction x max_connections locks
            assertThat(setting(statement, "max_locks_per_transaction") * setting(statement, "max_connections"))
                    .isGreaterThanOrEqualTo(50_000);
        }
    }

    private static long setting(Statement statement, String name) throws SQLException {
        try (ResultSet rows = statement.executeQuery("select setting from pg_settings where name = '" + name + "'")) {
            assertThat(rows.next()).isTrue();
            return Long.parseLong(rows.getString(1));
        }
    }
}

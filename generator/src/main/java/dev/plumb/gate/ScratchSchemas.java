package dev.plumb.gate;

import dev.plumb.dialect.Dialects;
import dev.plumb.dialect.InspectionScope;
import dev.plumb.dialect.SqlDialect;
import dev.plumb.config.ConnectionSettings;
import dev.plumb.config.DatabaseUnavailableException;
import dev.plumb.model.Schema;
import dev.plumb.runtime.HistoryTable;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/**
 * Inspects a database the way the gate compares schemas: the default schema, without Plumb's history and lock
 * tables, normalized by the dialect.
 */
final class ScratchSchemas {

    static final InspectionScope SCOPE =
            new InspectionScope(Set.of(), Set.of(HistoryTable.DEFAULT_NAME, HistoryTable.LOCK_TABLE));

    private ScratchSchemas() {
    }

    static Schema inspect(ConnectionSettings settings) {
        try (Connection connection = settings.connect()) {
            SqlDialect dialect = dialectOf(connection);
            return dialect.normalizer().normalize(dialect.inspector().inspect(connection, SCOPE));
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot inspect " + settings.displayUrl() + ": "
                    + settings.redactor().redact(String.valueOf(e.getMessage())), e);
        }
    }

    static SqlDialect dialectOf(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        return Dialects.detect(connection).flatMap(Dialects::of).orElseThrow(() -> new DatabaseUnavailableException(
                "Plumb cannot inspect " + product + " yet", null));
    }
}

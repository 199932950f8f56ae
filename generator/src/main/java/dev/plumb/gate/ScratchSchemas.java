package dev.plumb.gate;

import dev.plumb.dialect.Dialects;
import dev.plumb.dialect.IgnoredTables;
import dev.plumb.dialect.InspectionScope;
import dev.plumb.dialect.SqlDialect;
import dev.plumb.config.ConnectionSettings;
import dev.plumb.config.DatabaseUnavailableException;
import dev.plumb.model.Schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/**
 * Inspects a database the way the gate compares schemas: the default schema, without the ignored tables (Plumb's
 * history and lock tables, other tools' tables, the user's patterns), normalized by the dialect.
 */
final class ScratchSchemas {

    private ScratchSchemas() {
    }

    static Schema inspect(ConnectionSettings settings) {
        return inspect(settings, IgnoredTables.DEFAULT);
    }

    static Schema inspect(ConnectionSettings settings, IgnoredTables ignored) {
        try (Connection connection = settings.connect()) {
            return inspect(connection, dialectOf(connection), ignored);
        } catch (SQLException e) {
            throw unavailable(settings, e);
        }
    }

    /**
     * What the database at {@code settings} has in addition to, lacks from, or has otherwise than {@code expected},
     * compared by its own dialect's differ (which judges type changes and names constraints the dialect's way).
     */
    static SchemaDifference differenceFrom(Schema expected, ConnectionSettings settings, IgnoredTables ignored) {
        try (Connection connection = settings.connect()) {
            SqlDialect dialect = dialectOf(connection);
            return SchemaDifference.between(dialect, expected, inspect(connection, dialect, ignored));
        } catch (SQLException e) {
            throw unavailable(settings, e);
        }
    }

    private static Schema inspect(Connection connection, SqlDialect dialect, IgnoredTables ignored)
            throws SQLException {
        InspectionScope scope = new InspectionScope(Set.of(), ignored);
        return dialect.normalizer().normalize(dialect.inspector().inspect(connection, scope));
    }

    private static DatabaseUnavailableException unavailable(ConnectionSettings settings, SQLException e) {
        return new DatabaseUnavailableException("cannot inspect " + settings.displayUrl() + ": "
                + settings.redactor().redact(String.valueOf(e.getMessage())), e);
    }

    static SqlDialect dialectOf(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        return Dialects.detect(connection).flatMap(Dialects::of).orElseThrow(() -> new DatabaseUnavailableException(
                "Plumb cannot inspect " + product + " yet", null));
    }
}

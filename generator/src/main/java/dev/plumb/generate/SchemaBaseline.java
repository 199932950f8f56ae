package dev.plumb.generate;

import dev.plumb.config.ConnectionSettings;
import dev.plumb.config.DatabaseUnavailableException;
import dev.plumb.dialect.DefinedObject;
import dev.plumb.dialect.IgnoredTables;
import dev.plumb.dialect.InspectionScope;
import dev.plumb.dialect.SchemaInspector;
import dev.plumb.dialect.SqlDialect;
import dev.plumb.dialect.SqlStatement;
import dev.plumb.model.Schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The migration that creates, on an empty database, the schema a database has now: what {@code plumb baseline}
 * writes when it adopts a database made by other means. The gate ({@code check}, {@code verify}, {@code check
 * --live}, {@code generate --from-migrations}) replays the migrations on an empty scratch database, so without it a
 * baselined project's first migration touches tables the scratch database never had.
 *
 * <p>It is the ordinary pipeline with an empty database as the current schema and the inspected one as the desired:
 * every table, column, default, key, check, index and sequence Plumb inspects, in the default schema, without the
 * ignored tables (other tools' history and lock tables). After them come the objects the dialect can re-create from
 * their catalog definitions though Plumb does not diff them ({@link SchemaInspector#definedObjects}: PostgreSQL's
 * views, trigger functions and triggers). Its down drops it all again.
 */
public final class SchemaBaseline {

    /**
     * The migration creating what {@code database} holds; {@link GeneratedMigration#isEmpty() empty} when the
     * database has nothing Plumb inspects (a new database: {@code baseline} then only records the version).
     */
    public GeneratedMigration of(ConnectionSettings database, IgnoredTables ignored) {
        try (Connection connection = database.connect()) {
            SqlDialect dialect = MigrationGenerator.dialectOf(connection);
            Schema current = dialect.normalizer().normalize(
                    dialect.inspector().inspect(connection, new InspectionScope(Set.of(), ignored)));
            GeneratedMigration tables = new MigrationGenerator().migrationBetween(dialect, Schema.EMPTY, current,
                    GenerateOptions.DEFAULT.withIgnored(ignored));
            return withDefinedObjects(tables, dialect.inspector().definedObjects(connection,
                    new InspectionScope(Set.of(), ignored)));
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot inspect the database at " + database.displayUrl() + ": "
                    + database.redactor().redact(String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * The objects Plumb does not diff (PostgreSQL views, trigger functions, triggers) created after the tables they
     * use and dropped before them.
     */
    private static GeneratedMigration withDefinedObjects(GeneratedMigration tables, List<DefinedObject> objects) {
        if (tables.isEmpty() || objects.isEmpty()) {
            return tables;
        }
        List<SqlStatement> up = new ArrayList<>(tables.upStatements());
        objects.forEach(object -> up.add(SqlStatement.of(object.create())));
        List<SqlStatement> down = new ArrayList<>();
        objects.forEach(object -> down.add(0, SqlStatement.of(object.drop())));
        down.addAll(tables.downStatements());
        return new GeneratedMigration(tables.dialect(), tables.plan(), up, down, tables.reviews(), List.of(),
                List.of());
    }
}

package dev.plumb.scenario;

import dev.plumb.diff.Change;
import dev.plumb.dialect.SqlDialect;
import dev.plumb.generate.GenerateOptions;
import dev.plumb.generate.GeneratedMigration;
import dev.plumb.generate.MigrationGenerator;
import dev.plumb.model.Schema;
import dev.plumb.reader.EntityModel;
import dev.plumb.reader.EntitySource;
import dev.plumb.runtime.Migration;
import dev.plumb.testsupport.TestDatabase;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The generator's own stages ({@link MigrationGenerator}) on one real test database, with the schemas exposed so
 * that tests can hold the desired schema of {@code before/} and {@code after/} and diff against either.
 */
final class SchemaWorkbench {

    private final MigrationGenerator generator = new MigrationGenerator();
    private final TestDatabase database;
    private final SqlDialect dialect;

    SchemaWorkbench(TestDatabase database) throws SQLException {
        this.database = database;
        try (Connection connection = database.connect()) {
            this.dialect = MigrationGenerator.dialectOf(connection);
        }
    }

    SqlDialect dialect() {
        return dialect;
    }

    Schema desired(Path entityClasses, String entityPackage, Map<String, String> hibernateSettings)
            throws SQLException {
        EntitySource source = new EntitySource(List.of(entityClasses), List.of(entityPackage), hibernateSettings);
        try (Connection connection = database.connect()) {
            return generator.desired(connection, dialect, source);
        }
    }

    /** {@link #desired}, with the renames the entities declare ({@code @RenamedFrom}). */
    EntityModel desiredModel(Path entityClasses, String entityPackage) throws SQLException {
        EntitySource source = new EntitySource(List.of(entityClasses), List.of(entityPackage), Map.of());
        try (Connection connection = database.connect()) {
            return generator.desiredModel(connection, dialect, source);
        }
    }

    /** The migration to {@code desired} with the given declared renames and data-loss policy. */
    GeneratedMigration generate(Schema desired, GenerateOptions options) throws SQLException {
        return generator.migrationBetween(dialect, current(desired), desired, options);
    }

    /** The database's current schema, in the schemas {@code desired} uses. */
    Schema current(Schema desired) throws SQLException {
        try (Connection connection = database.connect()) {
            return generator.current(connection, dialect, desired);
        }
    }

    GeneratedMigration generate(Schema desired) throws SQLException {
        return generator.migrationBetween(dialect, current(desired), desired);
    }

    List<Change> diff(Schema desired) throws SQLException {
        return generate(desired).plan().up();
    }

    /** The generated SQL as a migration the runtime can apply and roll back. */
    Migration migration(String version, GeneratedMigration generated) {
        return new SqlMigration(version, "scenario step " + version, dialect.dialect(), generated.upStatements(),
                generated.downStatements());
    }
}

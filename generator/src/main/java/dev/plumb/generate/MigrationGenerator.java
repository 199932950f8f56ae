package dev.plumb.generate;

import dev.plumb.config.ConfigException;
import dev.plumb.config.ConnectionSettings;
import dev.plumb.config.DatabaseUnavailableException;
import dev.plumb.dialect.Dialects;
import dev.plumb.dialect.InspectionScope;
import dev.plumb.dialect.SqlDialect;
import dev.plumb.dialect.SqlRenderer;
import dev.plumb.diff.Change;
import dev.plumb.diff.SchemaDiffer;
import dev.plumb.model.Identifier;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.Schema;
import dev.plumb.model.Sequence;
import dev.plumb.model.Table;
import dev.plumb.plan.MigrationPlan;
import dev.plumb.plan.MigrationPlanner;
import dev.plumb.reader.DatabaseTarget;
import dev.plumb.reader.EntitySource;
import dev.plumb.reader.HibernateModelReader;
import dev.plumb.runtime.Dialect;
import dev.plumb.runtime.HistoryTable;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Computes the migration that brings a database in line with the entities. The whole pipeline is
 * {@link #generate(Connection, EntitySource)}; every stage is a call into its own package.
 *
 * <p>The entity read and the inspection run one after the other: the inspection scope needs the schemas the entities
 * name, so it cannot start before Hibernate has booted.
 */
public final class MigrationGenerator {

    /** Connects with the settings, generates, and closes the connection. */
    public GeneratedMigration generate(ConnectionSettings settings, EntitySource entities) {
        try (Connection connection = settings.connect()) {
            return generate(connection, entities);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot inspect the database at " + settings.displayUrl() + ": "
                    + settings.redactor().redact(e.getMessage()), e);
        }
    }

    /** The pipeline: dialect, desired schema, current schema, diff, plan, SQL. The connection is only read. */
    public GeneratedMigration generate(Connection connection, EntitySource entities) throws SQLException {
        SqlDialect dialect = dialectOf(connection);
        Schema desired = desired(connection, dialect, entities);
        Schema current = current(connection, dialect, desired);
        return migrationBetween(dialect, current, desired);
    }

    /** What the entities describe, rendered by Hibernate for this database and normalized. */
    public Schema desired(Connection connection, SqlDialect dialect, EntitySource entities) throws SQLException {
        DatabaseTarget target = targetOf(connection, dialect);
        return dialect.normalizer().normalize(new HibernateModelReader().read(entities, target));
    }

    /** What the database holds now, in the schemas {@code desired} uses, normalized. */
    public Schema current(Connection connection, SqlDialect dialect, Schema desired) throws SQLException {
        return dialect.normalizer().normalize(dialect.inspector().inspect(connection, scopeFor(desired)));
    }

    /** The planned, rendered migration from {@code current} to {@code desired}; both normalized by {@code dialect}. */
    public GeneratedMigration migrationBetween(SqlDialect dialect, Schema current, Schema desired) {
        List<Change> changes = new SchemaDiffer().diff(current, desired);
        MigrationPlan plan = new MigrationPlanner().plan(changes);
        SqlRenderer renderer = dialect.renderer();
        return new GeneratedMigration(dialect.dialect(), plan, render(plan.up(), renderer),
                render(plan.down(), renderer));
    }

    /** The generator's dialect strategy for the connection; a configuration error for unsupported databases. */
    public static SqlDialect dialectOf(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        Optional<Dialect> dialect = Dialects.detect(connection);
        return dialect.flatMap(Dialects::of).orElseThrow(() -> new ConfigException("Plumb cannot generate "
                + "migrations for " + product + " yet: point --url at a PostgreSQL or H2 database"));
    }

    private static DatabaseTarget targetOf(Connection connection, SqlDialect dialect) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        return new DatabaseTarget(metaData.getDatabaseProductName(), metaData.getDatabaseMajorVersion(),
                metaData.getDatabaseMinorVersion(), dialect.identifierCase());
    }

    /** The default schema, plus every schema an entity table or sequence names; never Plumb's own tables. */
    static InspectionScope scopeFor(Schema desired) {
        Set<Identifier> namespaces = Stream.concat(desired.tables().stream().map(Table::name),
                        desired.sequences().stream().map(Sequence::name))
                .map(QualifiedName::namespace)
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
        return new InspectionScope(namespaces, Set.of(HistoryTable.DEFAULT_NAME, HistoryTable.LOCK_TABLE));
    }

    private static List<String> render(List<Change> changes, SqlRenderer renderer) {
        return changes.stream().flatMap(change -> renderer.render(change).stream()).toList();
    }
}

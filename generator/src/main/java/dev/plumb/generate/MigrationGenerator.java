package dev.plumb.generate;

import dev.plumb.config.ConfigException;
import dev.plumb.config.ConnectionSettings;
import dev.plumb.config.DatabaseUnavailableException;
import dev.plumb.dialect.Dialects;
import dev.plumb.dialect.IgnoredTables;
import dev.plumb.dialect.InspectionScope;
import dev.plumb.dialect.SqlDialect;
import dev.plumb.dialect.SqlRenderer;
import dev.plumb.dialect.SqlStatement;
import dev.plumb.diff.Backfills;
import dev.plumb.diff.Change;
import dev.plumb.diff.HintException;
import dev.plumb.diff.NameOnlyDifferences;
import dev.plumb.diff.NotNullGuard;
import dev.plumb.diff.Ownership;
import dev.plumb.diff.RenameCandidates;
import dev.plumb.model.Identifier;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.Schema;
import dev.plumb.model.Sequence;
import dev.plumb.model.Table;
import dev.plumb.plan.MigrationPlan;
import dev.plumb.plan.MigrationPlanner;
import dev.plumb.reader.DatabaseTarget;
import dev.plumb.reader.EntityModel;
import dev.plumb.reader.EntitySource;
import dev.plumb.reader.HibernateModelReader;
import dev.plumb.runtime.Dialect;

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
 * <p>In {@link #generate(Connection, EntitySource, GenerateOptions)} the entity read and the inspection of the
 * default schema run concurrently ({@link EarlyInspection}): Hibernate's boot needs no connection, and the
 * inspection needs nothing from the entities but the extra schemas they name, read afterwards when there are any.
 */
public final class MigrationGenerator {

    /** Connects with the settings, generates, and closes the connection. */
    public GeneratedMigration generate(ConnectionSettings settings, EntitySource entities) {
        return generate(settings, entities, GenerateOptions.DEFAULT);
    }

    /** Connects with the settings, generates with the user's options, and closes the connection. */
    public GeneratedMigration generate(ConnectionSettings settings, EntitySource entities, GenerateOptions options) {
        try (Connection connection = settings.connect()) {
            return generate(connection, entities, options);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot inspect the database at " + settings.displayUrl() + ": "
                    + settings.redactor().redact(e.getMessage()), e);
        }
    }

    /** The pipeline: dialect, desired schema, current schema, diff, plan, SQL. The connection is only read. */
    public GeneratedMigration generate(Connection connection, EntitySource entities) throws SQLException {
        return generate(connection, entities, GenerateOptions.DEFAULT);
    }

    /** The pipeline with declared renames: those of {@code options} first, then the entities' {@code @RenamedFrom}. */
    public GeneratedMigration generate(Connection connection, EntitySource entities, GenerateOptions options)
            throws SQLException {
        SqlDialect dialect = dialectOf(connection);
        DatabaseTarget target = targetOf(connection, dialect);
        EarlyInspection inspection = EarlyInspection.start(connection, dialect, scopeFor(Set.of(), options.ignored()));
        EntityModel model;
        try {
            model = desiredModel(target, dialect, entities);
        } catch (RuntimeException | Error e) {
            inspection.settle();
            throw e;
        }
        Schema current = dialect.normalizer().normalize(inspection.current(scopeFor(model.schema(), options.ignored())));
        return migrationBetween(dialect, current, model.schema(),
                options.withRenames(options.renames().and(model.renames())));
    }

    /** What the entities describe, rendered by Hibernate for this database and normalized. */
    public Schema desired(Connection connection, SqlDialect dialect, EntitySource entities) throws SQLException {
        return desiredModel(connection, dialect, entities).schema();
    }

    /** {@link #desired}, with the renames the entities declare. */
    public EntityModel desiredModel(Connection connection, SqlDialect dialect, EntitySource entities)
            throws SQLException {
        return desiredModel(targetOf(connection, dialect), dialect, entities);
    }

    private static EntityModel desiredModel(DatabaseTarget target, SqlDialect dialect, EntitySource entities) {
        EntityModel model = new HibernateModelReader().readModel(entities, target);
        return model.withSchema(dialect.normalizer().normalize(model.schema()));
    }

    /** What the database holds now, in the schemas {@code desired} uses, normalized. */
    public Schema current(Connection connection, SqlDialect dialect, Schema desired) throws SQLException {
        return dialect.normalizer().normalize(dialect.inspector().inspect(connection,
                scopeFor(desired, IgnoredTables.DEFAULT)));
    }

    /** The planned, rendered migration from {@code current} to {@code desired}; both normalized by {@code dialect}. */
    public GeneratedMigration migrationBetween(SqlDialect dialect, Schema current, Schema desired) {
        return migrationBetween(dialect, current, desired, GenerateOptions.DEFAULT);
    }

    /**
     * The migration with the declared renames applied.
     *
     * @throws DestructiveChangeException when a possible rename is left undeclared, or a change loses data
     *                                     ({@link DataLossGuard}), and data loss is not allowed
     * @throws ConfigException             when an entity maps a table the options ignore
     */
    public GeneratedMigration migrationBetween(SqlDialect dialect, Schema current, Schema desired,
                                               GenerateOptions options) {
        refuseIgnoredEntities(desired, options.ignored());
        Refusals refusals = new Refusals(dialect);
        if (!options.allowDataLoss()) {
            refusals.renames(RenameCandidates.find(current, desired, options.renames(), dialect.typeRules()));
        }
        Ownership.Split split = options.ownership().split(dialect.differ().diff(current, desired, options.renames()));
        List<Change> changes = IndexesInUse.unblock(split.changes(), current, dialect.features());
        refusals.losses(DataLossGuard.losses(changes, options));
        if (!options.reportOnly()) {
            changes = guarded(changes, options.backfills(), refusals);
        }
        SqlRenderer renderer = dialect.renderer(options.online());
        MigrationPlan plan = new MigrationPlanner().plan(changes.stream().map(renderer::judged).toList());
        List<SqlStatement> up = render(plan.up(), renderer);
        List<SqlStatement> down = render(plan.down(), renderer);
        GeneratedMigration migration = new GeneratedMigration(dialect.dialect(), plan, up, down,
                dialect.offendingRows().reviews(plan.up()), split.kept(),
                NameOnlyDifferences.between(current, desired));
        refusals.throwIfAny(migration);
        return migration;
    }

    /** The generator's dialect strategy for the connection; a configuration error for unsupported databases. */
    public static SqlDialect dialectOf(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        Optional<Dialect> dialect = Dialects.detect(connection);
        return dialect.flatMap(Dialects::of).orElseThrow(() -> new ConfigException("Plumb cannot generate "
                + "migrations for " + product + " yet: point --url at a " + Dialects.supportedProducts() + " database"));
    }

    private static DatabaseTarget targetOf(Connection connection, SqlDialect dialect) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        return new DatabaseTarget(metaData.getDatabaseProductName(), metaData.getDatabaseMajorVersion(),
                metaData.getDatabaseMinorVersion(), dialect.identifierCase(), dialect.features());
    }

    /**
     * An entity whose table is ignored would be silently left out of every migration: refused instead, naming the
     * table and the pattern.
     */
    private static void refuseIgnoredEntities(Schema desired, IgnoredTables ignored) {
        for (Table table : desired.tables()) {
            ignored.match(table.name()).ifPresent(pattern -> {
                throw new ConfigException("entity table " + table.name() + " matches the ignore pattern " + pattern
                        + ", so Plumb would never create or change it: remove the pattern from --ignore or ignore= in "
                        + "plumb.properties, or map the entity to another table");
            });
        }
    }

    /** The default schema, plus every schema an entity table or sequence names; never the ignored tables. */
    static InspectionScope scopeFor(Schema desired, IgnoredTables ignored) {
        return scopeFor(Stream.concat(desired.tables().stream().map(Table::name),
                        desired.sequences().stream().map(Sequence::name))
                .map(QualifiedName::namespace)
                .flatMap(Optional::stream)
                .collect(Collectors.toSet()), ignored);
    }

    private static InspectionScope scopeFor(Set<Identifier> namespaces, IgnoredTables ignored) {
        return new InspectionScope(namespaces, ignored);
    }

    /** Every new {@code not null} with a value for existing rows; refuses where there is none. */
    private static List<Change> guarded(List<Change> changes, Backfills backfills, Refusals refusals) {
        NotNullGuard.Result guarded = NotNullGuard.apply(changes, backfills);
        if (!guarded.unused().isEmpty()) {
            throw new HintException("--backfill " + guarded.unused().get(0) + ": that column does not become "
                    + "NOT NULL in this migration; name it TABLE.COLUMN with the entity's names");
        }
        refusals.notNull(guarded.unfilled());
        return guarded.changes();
    }

    private static List<SqlStatement> render(List<Change> changes, SqlRenderer renderer) {
        return changes.stream().flatMap(change -> renderer.statements(change).stream()).toList();
    }
}

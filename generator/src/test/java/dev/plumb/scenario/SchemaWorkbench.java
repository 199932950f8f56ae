package dev.plumb.scenario;

import dev.plumb.dialect.Dialects;
import dev.plumb.dialect.InspectionScope;
import dev.plumb.dialect.SqlDialect;
import dev.plumb.diff.Change;
import dev.plumb.diff.SchemaDiffer;
import dev.plumb.model.Schema;
import dev.plumb.plan.MigrationPlan;
import dev.plumb.plan.MigrationPlanner;
import dev.plumb.reader.DatabaseTarget;
import dev.plumb.reader.EntitySource;
import dev.plumb.reader.HibernateModelReader;
import dev.plumb.runtime.HistoryTable;
import dev.plumb.testsupport.TestDatabase;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The generator's stages wired for tests on one real database: desired schema from compiled entities, current schema
 * from the catalog, both normalized by the database's dialect, and the planned, rendered difference.
 */
final class SchemaWorkbench {

    private final TestDatabase database;
    private final SqlDialect dialect;
    private final DatabaseTarget target;

    SchemaWorkbench(TestDatabase database) throws SQLException {
        this.database = database;
        try (Connection connection = database.connect()) {
            DatabaseMetaData meta = connection.getMetaData();
            this.dialect = Dialects.detect(connection).flatMap(Dialects::of).orElseThrow();
            this.target = new DatabaseTarget(meta.getDatabaseProductName(), meta.getDatabaseMajorVersion(),
                    meta.getDatabaseMinorVersion(), dialect.identifierCase());
        }
    }

    SqlDialect dialect() {
        return dialect;
    }

    Schema desired(Path entityClasses, String entityPackage, Map<String, String> hibernateSettings) {
        EntitySource source = new EntitySource(List.of(entityClasses), List.of(entityPackage), hibernateSettings);
        return dialect.normalizer().normalize(new HibernateModelReader().read(source, target));
    }

    Schema current() throws SQLException {
        InspectionScope scope = new InspectionScope(Set.of(),
                Set.of(HistoryTable.DEFAULT_NAME, HistoryTable.LOCK_TABLE));
        try (Connection connection = database.connect()) {
            return dialect.normalizer().normalize(dialect.inspector().inspect(connection, scope));
        }
    }

    List<Change> diff(Schema desired) throws SQLException {
        return new SchemaDiffer().diff(current(), desired);
    }

    MigrationPlan plan(Schema desired) throws SQLException {
        return new MigrationPlanner().plan(diff(desired));
    }

    List<String> render(List<Change> changes) {
        return changes.stream().flatMap(change -> dialect.renderer().render(change).stream()).toList();
    }
}

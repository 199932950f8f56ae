package dev.plumb.scenario;

import dev.plumb.model.Schema;
import dev.plumb.reader.DatabaseTarget;
import dev.plumb.reader.EntitySource;
import dev.plumb.reader.HibernateSchemaExport;
import dev.plumb.runtime.Migration;
import dev.plumb.runtime.MigrationReport;
import dev.plumb.runtime.MigrationStatus;
import dev.plumb.runtime.Migrator;
import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.util.List;

import static dev.plumb.dialect.InspectedNames.withoutGeneratedNames;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hibernate is the oracle: a database created by Hibernate's own schema export from the sample entities and one
 * created by Plumb's generated migration must be the same database, and Plumb must see no difference between
 * Hibernate's database and the entities (zero phantom changes).
 */
class HibernateOracleTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void databaseExportedByHibernateHasNoPhantomChanges(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase hibernateDb = TestDatabase.create(kind)) {
            SchemaWorkbench bench = new SchemaWorkbench(hibernateDb);
            hibernateDb.execute(hibernateDdl(hibernateDb, bench).toArray(String[]::new));

            Schema desired = bench.desired(SampleEntities.classpath(), SampleEntities.PACKAGE,
                    SampleEntities.hibernateSettings());

            assertThat(desired.tables()).as("sample entities").hasSizeGreaterThanOrEqualTo(10);
            assertThat(bench.diff(desired)).as("changes against Hibernate's own schema").isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void plumbMigrationCreatesWhatHibernateCreatesAndRollsBackToEmpty(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase hibernateDb = TestDatabase.create(kind); TestDatabase plumbDb = TestDatabase.create(kind)) {
            SchemaWorkbench hibernateBench = new SchemaWorkbench(hibernateDb);
            hibernateDb.execute(hibernateDdl(hibernateDb, hibernateBench).toArray(String[]::new));

            SchemaWorkbench bench = new SchemaWorkbench(plumbDb);
            Schema desired = bench.desired(SampleEntities.classpath(), SampleEntities.PACKAGE,
                    SampleEntities.hibernateSettings());
            Migrator migrator = Migrator.builder(plumbDb.dataSource())
                    .migrations(List.of(bench.migration("1", bench.generate(desired))))
                    .build();
            migrator.migrate();

            if (kind == TestDatabase.Kind.POSTGRESQL) {
                // PostgreSQL names what Hibernate leaves unnamed deterministically, so the two catalogs must be
                // identical, names included. (H2 numbers its CONSTRAINT_xx names by creation order; MariaDB names
                // an inline unique key after its column where Hibernate adds it by a name of its own.)
                assertThat(bench.current(desired)).isEqualTo(hibernateBench.current(desired));
            } else {
                assertThat(withoutGeneratedNames(bench.current(desired)))
                        .isEqualTo(withoutGeneratedNames(hibernateBench.current(desired)));
            }
            assertThat(bench.diff(desired)).as("generate again").isEmpty();

            migrator.rollback(1);
            assertThat(bench.current(desired).isEmpty()).as("only the history table left after rollback").isTrue();
        }
    }

    /** Acceptance: baseline adopts a database Hibernate created; migrate then applies only later migrations. */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void baselineAdoptsHibernateDatabaseAndMigrateAppliesOnlyLaterMigrations(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            SchemaWorkbench bench = new SchemaWorkbench(db);
            Schema desired = bench.desired(SampleEntities.classpath(), SampleEntities.PACKAGE,
                    SampleEntities.hibernateSettings());
            Migration initial = bench.migration("1", bench.generate(desired));
            db.execute(hibernateDdl(db, bench).toArray(String[]::new));
            Migration later = SqlMigration.of("2", "Add audit", bench.dialect().dialect(),
                    List.of("create table audit_note (id int primary key)"), List.of("drop table audit_note"));
            Migrator migrator = Migrator.builder(db.dataSource()).migrations(List.of(initial, later)).build();

            migrator.baseline("1", "Schema exported by Hibernate");

            assertThat(migrator.migrate().steps()).extracting(MigrationReport.Step::version).containsExactly("2");
            assertThat(migrator.status()).extracting(MigrationStatus::state).containsExactly(
                    MigrationStatus.State.BASELINE, MigrationStatus.State.APPLIED);
        }
    }

    private static List<String> hibernateDdl(TestDatabase database, SchemaWorkbench bench) throws Exception {
        try (Connection connection = database.connect()) {
            DatabaseMetaData meta = connection.getMetaData();
            DatabaseTarget target = new DatabaseTarget(meta.getDatabaseProductName(),
                    meta.getDatabaseMajorVersion(), meta.getDatabaseMinorVersion(),
                    bench.dialect().identifierCase());
            EntitySource source = new EntitySource(List.of(SampleEntities.classpath()),
                    List.of(SampleEntities.PACKAGE), SampleEntities.hibernateSettings());
            return new HibernateSchemaExport().createStatements(source, target);
        }
    }
}

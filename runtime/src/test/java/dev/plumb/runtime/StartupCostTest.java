package dev.plumb.runtime;

import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** When everything is applied, start-up reads the history once, however many migrations there are. */
class StartupCostTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void upToDateMigrateRunsOneQueryOnTheMigrationConnection(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            List<Migration> migrations = ConcurrencyTest.migrations();
            MigratorTest.migrator(db, migrations).migrate();
            CountingDataSource counting = new CountingDataSource(db.dataSource());

            MigrationReport report = Migrator.builder(counting.dataSource()).migrations(migrations).build().migrate();

            assertThat(report.steps()).isEmpty();
            assertThat(counting.connections).as("migration connection + dedicated lock connection").hasSize(2);
            List<String> migrationConnection = counting.connections.get(0);
            assertThat(migrationConnection).hasSize(1);
            assertThat(migrationConnection.get(0)).startsWith("select version,");
            assertThat(counting.connections.get(1)).as("lock statements").hasSizeLessThanOrEqualTo(6);
        }
    }
}

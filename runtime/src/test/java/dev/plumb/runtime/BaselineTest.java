package dev.plumb.runtime;

import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static dev.plumb.runtime.MigratorTest.migrator;
import static dev.plumb.runtime.StatusTest.ONE;
import static dev.plumb.runtime.StatusTest.THREE;
import static dev.plumb.runtime.StatusTest.TWO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** baseline adopts a database created by other means; migrate then applies only later migrations. */
class BaselineTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void migrateAfterBaselineAppliesOnlyLaterMigrations(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Db.execute(db, "create table a (id int)");
            Db.execute(db, "create table b (id int)");
            List<Migration> migrations = List.of(ONE, TWO, THREE);

            migrator(db, migrations).baseline("2", "Existing schema");

            assertThat(migrator(db, migrations).status()).extracting(MigrationStatus::state).containsExactly(
                    MigrationStatus.State.BELOW_BASELINE, MigrationStatus.State.BASELINE,
                    MigrationStatus.State.PENDING);
            assertThat(migrator(db, migrations).migrate().steps()).extracting(MigrationReport.Step::version)
                    .containsExactly("3");
            assertThat(Db.tableExists(db, "c")).isTrue();
            assertThat(migrator(db, migrations).migrate().steps()).isEmpty();
            assertThatThrownBy(() -> migrator(db, migrations).rollback(2))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageStartingWith("Cannot roll back migration 2 (Existing schema): it is baseline");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void baselineIsRefusedWhenTheHistoryHasEntries(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            migrator(db, List.of(ONE)).migrate();

            assertThatThrownBy(() -> migrator(db, List.of(ONE, TWO)).baseline("2", "Existing schema"))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("Cannot baseline at 2: the history plumb_schema_history already has 1 entries"
                            + " (newest 1); baseline adopts only a database without history");
            assertThat(Db.historyVersions(db)).containsExactly("1");
        }
    }
}

package dev.plumb.runtime;

import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static dev.plumb.runtime.MigratorTest.CHAIN;
import static dev.plumb.runtime.MigratorTest.migrator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rolling back restores the schema and the history, newest first. */
class RollbackTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void rollbackStepsUndoesNewestFirst(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Migrator migrator = migrator(db, CHAIN);
            migrator.migrate();

            MigrationReport report = migrator.rollback(2);

            assertThat(report.steps()).extracting(MigrationReport.Step::version).containsExactly("10", "2");
            assertThat(report.steps()).allMatch(step -> step.direction() == MigrationReport.Direction.DOWN);
            assertThat(Db.historyVersions(db)).containsExactly("1");
            assertThat(Db.columnExists(db, "item", "name")).isFalse();
            assertThat(Db.strings(db, "select id from item")).isEmpty();

            assertThat(migrator.migrate().steps()).extracting(MigrationReport.Step::version)
                    .containsExactly("2", "10");
            assertThat(Db.strings(db, "select name from item")).containsExactly("x");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void rollbackToVersionKeepsThatVersion(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Migrator migrator = migrator(db, CHAIN);
            migrator.migrate();

            assertThat(migrator.rollbackTo("2").steps()).extracting(MigrationReport.Step::version)
                    .containsExactly("10");
            assertThat(migrator.rollbackTo("1").steps()).extracting(MigrationReport.Step::version)
                    .containsExactly("2");

            assertThat(Db.historyVersions(db)).containsExactly("1");
            assertThat(Db.tableExists(db, "item")).isTrue();
            assertThat(Db.columnExists(db, "item", "name")).isFalse();
            assertThat(migrator.rollbackTo("1").steps()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void refusesToRollBackMoreThanIsApplied(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Migrator migrator = migrator(db, CHAIN);
            migrator.migrate("1");

            assertThatThrownBy(() -> migrator.rollback(2)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("Cannot roll back 2 migrations: only 1 is applied (newest 1)");
            assertThatThrownBy(() -> migrator.rollbackTo("7")).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("Cannot roll back to version 7: no such migration");
            assertThat(Db.historyVersions(db)).containsExactly("1");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void rollbackWithNothingAppliedHasNothingToDo(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            assertThat(migrator(db, CHAIN).rollback(1).steps()).isEmpty();
            assertThat(migrator(db, CHAIN).rollback(3).steps()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void refusesToRollBackMigrationMissingFromCode(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            migrator(db, CHAIN).migrate();
            Migrator withoutTen = migrator(db, CHAIN.subList(1, 3));

            assertThatThrownBy(() -> withoutTen.rollback(2))
                    .isInstanceOf(MigrationException.class)
                    .hasMessageContaining("Cannot roll back migration 10")
                    .hasMessageContaining("missing from the code");
            assertThat(Db.historyVersions(db)).as("nothing rolled back").containsExactly("1", "2", "10");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void failingDownLeavesMigrationApplied(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            List<Migration> migrations = List.of(
                    SqlMigration.of("1", "create table item (id int)", "drop table no_such_table"));
            migrator(db, migrations).migrate();

            assertThatThrownBy(() -> migrator(db, migrations).rollback(1))
                    .isInstanceOf(MigrationException.class)
                    .hasMessageContaining("Migration 1 (step 1) failed to roll back")
                    .hasMessageContaining("drop table no_such_table");
            assertThat(Db.historyVersions(db)).containsExactly("1");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void irreversibleMigrationIsRefusedBeforeAnythingIsUndoneUnlessForced(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            List<Migration> migrations = List.of(
                    SqlMigration.of("1", "create table item (id int primary key, code varchar(10))",
                            "drop table item"),
                    irreversible(SqlMigration.of("2", "insert into item values (1, '007')",
                            "delete from item where id = 1")),
                    SqlMigration.of("3", "alter table item add column note varchar(10)",
                            "alter table item drop column note"));
            migrator(db, migrations).migrate();

            assertThatThrownBy(() -> migrator(db, migrations).rollback(2))
                    .isInstanceOf(IrreversibleMigrationException.class)
                    .hasMessageContaining("migration 2 (step 2)").hasMessageContaining("irreversible");
            assertThat(Db.historyVersions(db)).containsExactly("1", "2", "3");
            assertThat(Db.columnExists(db, "item", "note")).isTrue();

            Migrator forced = Migrator.builder(db.dataSource()).migrations(migrations).force(true).build();
            assertThat(forced.rollback(2).steps()).extracting(MigrationReport.Step::version)
                    .containsExactly("3", "2");
            assertThat(Db.historyVersions(db)).containsExactly("1");
        }
    }

    /** The migration with {@code reversible()} false, as the generator writes it for a conversion. */
    private static Migration irreversible(SqlMigration migration) {
        return new Migration() {
            public String version() {
                return migration.version();
            }

            public String description() {
                return migration.description();
            }

            public void up(Script script) {
                migration.up(script);
            }

            public void down(Script script) {
                migration.down(script);
            }

            public boolean reversible() {
                return false;
            }
        };
    }
}

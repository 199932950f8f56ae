package dev.plumb.runtime;

import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.plumb.runtime.MigratorTest.migrator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A migration whose PostgreSQL SQL mixes transactional DDL and statements PostgreSQL refuses in a transaction runs
 * step by step: each transactional step in one transaction with its history change, each concurrent statement in
 * auto-commit followed by its progress; a failure rolls back its own step only, and repair + migrate resume there.
 */
class StepsTest {

    private static final String INDEX = "create index concurrently t_id on t (id)";

    private static final Migration MIXED = new StepMigration("1", "Mixed", script -> script
            .on(Dialect.POSTGRESQL, "create table t (id int)", "insert into t values (1)")
            .outsideTransaction(Dialect.POSTGRESQL, INDEX)
            .on(Dialect.POSTGRESQL, "alter table t add column note text"),
            script -> script
                    .outsideTransaction(Dialect.POSTGRESQL, "drop index concurrently t_id")
                    .on(Dialect.POSTGRESQL, "drop table t"));

    @Test
    void eachStepRunsAsItsKindAndTheMigrationIsRecordedApplied() {
        try (TestDatabase db = TestDatabase.postgres()) {
            migrator(db, List.of(MIXED)).migrate();

            assertThat(Db.strings(db, "select i.indisvalid from pg_index i join pg_class c on c.oid = i.indexrelid"
                    + " where c.relname = 't_id'")).as("a valid index, built outside a transaction").containsExactly("t");
            assertThat(Db.columnExists(db, "t", "note")).isTrue();
            assertThat(Db.strings(db, "select state from plumb_schema_history")).containsExactly("APPLIED");
            assertThat(migrator(db, List.of(MIXED)).status()).extracting(MigrationStatus::state)
                    .containsExactly(MigrationStatus.State.APPLIED);
        }
    }

    @Test
    void aFailingStepRollsBackOnlyItselfAndRepairResumesAtIt() {
        Migration failing = new StepMigration("1", "Three steps", script -> script
                .on(Dialect.POSTGRESQL, "create table t (id int)")
                .outsideTransaction(Dialect.POSTGRESQL, INDEX)
                .on(Dialect.POSTGRESQL, "create table c (id int)", "insert into blocker values (1)"),
                script -> script.on(Dialect.POSTGRESQL, "drop table c", "drop table t"));
        try (TestDatabase db = TestDatabase.postgres()) {
            MigrationException failure = catchThrowableOfType(MigrationException.class,
                    () -> migrator(db, List.of(failing)).migrate());

            assertThat(failure.getMessage()).contains("failed in statement 'insert into blocker values (1)'")
                    .contains("steps 1-2 stay applied; fix the cause, run repair, then migrate resumes at step 3");
            assertThat(Db.tableExists(db, "c")).as("step 3 rolled back as one transaction").isFalse();
            assertThat(Db.tableExists(db, "t")).isTrue();
            MigrationStatus status = migrator(db, List.of(failing)).status().get(0);
            assertThat(status.state()).isEqualTo(MigrationStatus.State.FAILED);
            assertThat(status.detail()).hasValueSatisfying(detail -> assertThat(detail).startsWith(
                    "step 3 of 3 not done ('create table c (id int)'); 2 statements done; step 3 'insert into"));

            Db.execute(db, "create table blocker (id int)");
            assertThat(migrator(db, List.of(failing)).repair()).containsExactly("1");
            migrator(db, List.of(failing)).migrate();

            assertThat(Db.tableExists(db, "c")).isTrue();
            assertThat(Db.strings(db, "select count(*) from blocker")).containsExactly("1");
            assertThat(Db.strings(db, "select state from plumb_schema_history")).containsExactly("APPLIED");
        }
    }

    @Test
    void aFailingFirstStepLeavesNothingBehind() {
        Migration failing = new StepMigration("1", "Fails first", script -> script
                .on(Dialect.POSTGRESQL, "create table t (id int)", "insert into blocker values (1)")
                .outsideTransaction(Dialect.POSTGRESQL, INDEX),
                script -> script.on(Dialect.POSTGRESQL, "drop table t"));
        try (TestDatabase db = TestDatabase.postgres()) {
            MigrationException failure = catchThrowableOfType(MigrationException.class,
                    () -> migrator(db, List.of(failing)).migrate());

            assertThat(failure.getMessage()).contains("failed in statement 'insert into blocker values (1)'");
            assertThat(Db.tableExists(db, "t")).isFalse();
            assertThat(Db.historyVersions(db)).as("simply pending again").isEmpty();
        }
    }

    @Test
    void rollbackRunsTheDownsStepsAndForgetsTheMigrationWithTheLast() {
        try (TestDatabase db = TestDatabase.postgres()) {
            migrator(db, List.of(MIXED)).migrate();

            migrator(db, List.of(MIXED)).rollback(1);

            assertThat(Db.tableExists(db, "t")).isFalse();
            assertThat(Db.historyVersions(db)).isEmpty();
        }
    }

    @Test
    void aMigrationWithoutStatementsForTheDialectIsRecordedApplied() {
        Migration nothing = new StepMigration("1", "Nothing here", script -> script.on(Dialect.POSTGRESQL),
                script -> script.on(Dialect.POSTGRESQL));
        try (TestDatabase db = TestDatabase.postgres()) {
            migrator(db, List.of(nothing)).migrate();

            assertThat(Db.strings(db, "select state from plumb_schema_history")).containsExactly("APPLIED");
        }
    }
}

package dev.plumb.runtime;

import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static dev.plumb.runtime.MigratorTest.migrator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A non-transactional migration records its progress; a failure shows in status; repair lets migrate resume. */
class RepairTest {

    /** Statement 2 fails until the table "blocker" exists; statement 1 must not run twice (it is not idempotent). */
    static final Migration NON_TRANSACTIONAL = new SqlMigration("2", "Three steps",
            List.of("create table first_step (id int)", "insert into blocker (id) values (1)",
                    "create table third_step (id int)"),
            List.of("create table first_step (id int)", "insert into blocker (id) values (1)",
                    "create table third_step (id int)"),
            List.of("drop table third_step", "drop table first_step"), false);

    static final Migration ONE = SqlMigration.of("1", "create table a (id int)", "drop table a");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void failedNonTransactionalMigrationIsRepairedAndResumed(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            List<Migration> migrations = List.of(ONE, NON_TRANSACTIONAL);
            MigrationException failure = catchThrowableOfType(MigrationException.class,
                    () -> migrator(db, migrations).migrate());
            assertThat(failure.getMessage()).contains("it is not transactional: statement 1 stays applied: 'create table first_step (id int)'");

            MigrationStatus partial = migrator(db, migrations).status().get(1);
            assertThat(partial.state()).isEqualTo(MigrationStatus.State.FAILED);
            assertThat(partial.detail()).hasValueSatisfying(detail -> assertThat(detail)
                    .startsWith("1 statements done: 'create table first_step (id int)'; statement 2"
                            + " 'insert into blocker (id) values (1)': "));
            assertThatThrownBy(() -> migrator(db, migrations).migrate())
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("Migration 2 (Three steps) is partially applied: 1 statements ran")
                    .hasMessageContaining("run repair");

            Db.execute(db, "create table blocker (id int)");
            assertThat(migrator(db, migrations).repair()).containsExactly("2");
            assertThat(migrator(db, migrations).status().get(1).state()).isEqualTo(MigrationStatus.State.REPAIRED);
            assertThat(migrator(db, migrations).migrate().steps()).extracting(MigrationReport.Step::version)
                    .containsExactly("2");

            assertThat(Db.tableExists(db, "third_step")).isTrue();
            assertThat(Db.strings(db, "select state from plumb_schema_history where version = '2'"))
                    .containsExactly("APPLIED");
            assertThat(migrator(db, migrations).status()).extracting(MigrationStatus::state)
                    .containsOnly(MigrationStatus.State.APPLIED);
        }
    }

    /** Status names the statements that ran from the code only while the code's SQL is the SQL that ran. */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void editedPartialMigrationIsNotNamedFromTheEditedCode(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            catchThrowableOfType(MigrationException.class, () -> migrator(db, List.of(ONE, NON_TRANSACTIONAL)).migrate());
            Migration edited = new SqlMigration("2", "Three steps",
                    List.of("create table other_first (id int)", "insert into blocker (id) values (1)"),
                    List.of("create table other_first (id int)", "insert into blocker (id) values (1)"),
                    List.of("drop table other_first"), false);

            assertThat(migrator(db, List.of(ONE, edited)).status().get(1).detail()).hasValueSatisfying(detail ->
                    assertThat(detail).startsWith("1 statements done; statement 2 ").doesNotContain("other_first"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void failureInFirstStatementLeavesNothingToRepair(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Migration broken = new SqlMigration("1", "Broken", List.of("insert into blocker (id) values (1)"),
                    List.of("insert into blocker (id) values (1)"), List.of("delete from blocker"), false);
            catchThrowableOfType(MigrationException.class, () -> migrator(db, List.of(broken)).migrate());

            assertThat(Db.historyVersions(db)).as("nothing stayed applied: simply pending").isEmpty();
            assertThat(migrator(db, List.of(broken)).repair()).as("nothing to repair").isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void successfulNonTransactionalMigrationIsRecordedApplied(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Db.execute(db, "create table blocker (id int)");
            migrator(db, List.of(ONE, NON_TRANSACTIONAL)).migrate();

            assertThat(Db.strings(db, "select state from plumb_schema_history order by version"))
                    .containsExactly("APPLIED", "APPLIED");
            assertThat(Db.strings(db, "select count(*) from blocker")).containsExactly("1");
        }
    }
}

package dev.plumb.runtime;

import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static dev.plumb.runtime.MigratorTest.migrator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A failing statement records nothing and says exactly what failed, on one line. */
class FailureTest {

    static final List<Migration> FAILING = List.of(
            SqlMigration.of("1", "create table good (id int)", "drop table good"),
            new SqlMigration("2", "Add broken things",
                    List.of("create table half (id int)", "insert into half (id) values (1)",
                            "insert into no_such_table\n  (id) values (1)"),
                    List.of("create table half (id int)", "insert into half (id) values (1)",
                            "insert into no_such_table\n  (id) values (1)"),
                    List.of("drop table half"), true),
            SqlMigration.of("3", "create table after (id int)", "drop table after"));

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void failingMigrationIsNotRecordedAndLaterOnesDoNotRun(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            MigrationException failure = catchThrowableOfType(MigrationException.class,
                    () -> migrator(db, FAILING).migrate());

            assertThat(failure.version()).contains("2");
            assertThat(failure.getMessage())
                    .startsWith("Migration 2 (Add broken things) failed in statement 'insert into no_such_table ...'")
                    .containsIgnoringCase("no_such_table")
                    .doesNotContain("\n");
            assertThat(Db.tableExists(db, "good")).isTrue();
            assertThat(Db.tableExists(db, "after")).isFalse();
            if (kind == TestDatabase.Kind.POSTGRESQL) {
                assertThat(Db.historyVersions(db)).containsExactly("1");
                assertThat(Db.tableExists(db, "half")).as("transactional DDL rolled back").isFalse();
            } else {
                assertThat(Db.historyVersions(db)).as("H2's half-way state is recorded").containsExactly("1", "2");
            }
        }
    }

    /**
     * H2 commits each DDL statement, so a migration failing half-way leaves its first statements applied: the
     * history records how far it got, the message names what stayed, status says failed, and after the cause is
     * fixed, repair lets migrate resume at the failed statement instead of failing on the leftovers.
     */
    @org.junit.jupiter.api.Test
    void halfAppliedH2MigrationIsRecordedNamedRepairedAndResumed() {
        try (TestDatabase db = TestDatabase.h2()) {
            MigrationException failure = catchThrowableOfType(MigrationException.class,
                    () -> migrator(db, FAILING).migrate());

            assertThat(failure.getMessage()).contains("H2 commits each DDL statement: statements 1-2 stay applied:"
                    + " 'create table half (id int)', 'insert into half (id) values (1)'")
                    .contains("run repair so that migrate resumes at statement 3");
            MigrationStatus failed = migrator(db, FAILING).status().get(1);
            assertThat(failed.state()).isEqualTo(MigrationStatus.State.FAILED);
            assertThat(failed.detail()).hasValueSatisfying(detail -> assertThat(detail)
                    .startsWith("2 statements done: 'create table half (id int)', 'insert into half (id) values (1)';"
                            + " statement 3 'insert into no_such_table ...'"));
            assertThatThrownBy(() -> migrator(db, FAILING).migrate()).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("is partially applied: 2 statements ran");

            Db.execute(db, "create table no_such_table (id int)");
            assertThat(migrator(db, FAILING).repair()).containsExactly("2");
            assertThat(migrator(db, FAILING).migrate().steps()).extracting(MigrationReport.Step::version)
                    .containsExactly("2", "3");

            assertThat(Db.strings(db, "select count(*) from half")).as("statement 2 ran once").containsExactly("1");
            assertThat(migrator(db, FAILING).status()).extracting(MigrationStatus::state)
                    .containsOnly(MigrationStatus.State.APPLIED);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void fixedMigrationAppliesAfterFailure(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            List<Migration> broken = List.of(SqlMigration.of("1", "create table x (id int", "drop table x"));
            catchThrowableOfType(MigrationException.class, () -> migrator(db, broken).migrate());

            List<Migration> fixed = List.of(SqlMigration.of("1", "create table x (id int)", "drop table x"));

            assertThat(migrator(db, fixed).migrate().steps()).hasSize(1);
            assertThat(Db.historyVersions(db)).containsExactly("1");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void longStatementIsShortenedInTheMessage(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            String sql = "insert into missing_table_with_a_long_name (first_column, second_column, third_column)"
                    + " values (1, 2, 3)";
            MigrationException failure = catchThrowableOfType(MigrationException.class,
                    () -> migrator(db, List.of(SqlMigration.of("7", sql, "select 1"))).migrate());

            assertThat(failure.getMessage()).contains(sql.substring(0, 80) + "...").doesNotContain("values (1, 2, 3)");
        }
    }
}

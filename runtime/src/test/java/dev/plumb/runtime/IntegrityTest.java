package dev.plumb.runtime;

import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static dev.plumb.runtime.MigratorTest.migrator;
import static dev.plumb.runtime.StatusTest.FOUR;
import static dev.plumb.runtime.StatusTest.ONE;
import static dev.plumb.runtime.StatusTest.THREE;
import static dev.plumb.runtime.StatusTest.TWO;
import static dev.plumb.runtime.StatusTest.TWO_EDITED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** migrate and validate refuse a history that disagrees with the code, with one line and nothing applied. */
class IntegrityTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void editedMigrationIsRefusedByValidateAndMigrate(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            migrator(db, List.of(ONE, TWO)).migrate();
            Migrator edited = migrator(db, List.of(ONE, TWO_EDITED, THREE));

            ValidationException failure = catchThrowableOfType(ValidationException.class, edited::validate);
            assertThat(failure.getMessage()).startsWith("Migration 2 (step 2) has changed since it was applied")
                    .doesNotContain("\n");
            assertThat(failure.version()).contains("2");
            assertThatThrownBy(edited::migrate).isInstanceOf(ValidationException.class);
            assertThat(Db.tableExists(db, "c")).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void missingMigrationIsRefused(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            migrator(db, List.of(ONE, TWO)).migrate();

            assertThatThrownBy(() -> migrator(db, List.of(TWO, THREE)).validate())
                    .isInstanceOf(ValidationException.class)
                    .hasMessageStartingWith("Migration 1 (step 1) is applied but missing from the code");
            assertThatThrownBy(() -> migrator(db, List.of(TWO, THREE)).migrate())
                    .isInstanceOf(ValidationException.class);
            assertThat(Db.tableExists(db, "c")).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void duplicateVersionsAreRefused(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Migration otherOne = SqlMigration.of("01", "create table z (id int)", "drop table z");

            assertThatThrownBy(() -> migrator(db, List.of(ONE, otherOne)))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("have the same version; give one of them a new version");
            assertThat(Db.tableExists(db, "a")).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void olderPendingMigrationIsRefusedUnlessOutOfOrderIsAllowed(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            migrator(db, List.of(ONE, THREE)).migrate();
            List<Migration> withLateTwo = List.of(ONE, TWO, THREE, FOUR);

            assertThatThrownBy(() -> migrator(db, withLateTwo).migrate())
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("Migration 2 (step 2) is pending but older than the newest applied migration 3:"
                            + " give it a version newer than 3, or allow out-of-order migrations (--out-of-order /"
                            + " Migrator.Builder.outOfOrder(true))");
            assertThat(Db.tableExists(db, "b")).isFalse();
            assertThat(Db.tableExists(db, "d")).as("nothing applied, not even the newer migration").isFalse();

            Migrator allowing = Migrator.builder(db.dataSource()).migrations(withLateTwo).outOfOrder(true).build();
            assertThat(allowing.migrate().steps()).extracting(MigrationReport.Step::version)
                    .containsExactly("2", "4");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void validateChangesNothingAndReportsStatus(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            assertThat(migrator(db, List.of(ONE)).validate()).extracting(MigrationStatus::state)
                    .containsExactly(MigrationStatus.State.PENDING);
            assertThat(Db.tableExists(db, HistoryTable.DEFAULT_NAME)).isFalse();
        }
    }
}

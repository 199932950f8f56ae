package dev.plumb.runtime;

import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.plumb.runtime.MigratorTest.CHAIN;
import static dev.plumb.runtime.MigratorTest.migrator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Requests refused before anything runs are validation failures, not failed migrations; a migration whose own code
 * throws is named; a wait for the lock is reported as it happens, and its timeout is its own failure.
 */
class RefusalsTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void unknownVersionsAndTooManyStepsAreValidationFailuresThatChangeNothing(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Migrator migrator = migrator(db, CHAIN);
            migrator.migrate("1");

            assertThatThrownBy(() -> migrator.migrate("7")).isInstanceOf(ValidationException.class)
                    .hasMessage("Unknown target version 7: no migration in the code has it; nothing was applied");
            assertThatThrownBy(() -> migrator.rollbackTo("7")).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("Cannot roll back to version 7: no such migration");
            assertThatThrownBy(() -> migrator.rollback(2)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("only 1 are applied (newest 1)");
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
    void anEmptyVersionIsAValidationFailure(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            assertThatThrownBy(() -> migrator(db, List.of(SqlMigration.of("", "select 1", "select 1"))))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("Invalid version '' of migration " + SqlMigration.class.getName());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aMigrationWhoseUpThrowsIsNamedWithTheExceptionsMessage(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Migration throwing = new Migration() {
                public String version() { return "2"; }
                public String description() { return "Compute things"; }
                public void up(Script script) { throw new IllegalStateException("no config for tenant x"); }
                public void down(Script script) { }
            };
            List<Migration> migrations = List.of(CHAIN.get(1), throwing);

            assertThatThrownBy(() -> migrator(db, migrations).migrate())
                    .isExactlyInstanceOf(MigrationException.class)
                    .hasMessage("Migration 2 (Compute things) failed in its up(): IllegalStateException: no config"
                            + " for tenant x; fix the migration's code");
            assertThat(Db.tableExists(db, "item")).as("refused before anything ran").isFalse();
            migrator(db, List.of(CHAIN.get(1))).migrate();
            assertThat(migrator(db, migrations).status()).as("status needs no SQL of a pending migration")
                    .extracting(MigrationStatus::state)
                    .containsExactly(MigrationStatus.State.APPLIED, MigrationStatus.State.PENDING);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aWaitForTheLockIsReportedAtOnceNamingTheHolderAndItsTimeoutIsALockTimeout(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind);
             MigrationLock held = MigrationLock.acquire(db.dataSource(), Dialect.valueOf(kind.name()),
                     TableName.parse(HistoryTable.DEFAULT_NAME), Duration.ofSeconds(5))) {
            List<String> heard = new CopyOnWriteArrayList<>();
            Migrator waiting = Migrator.builder(db.dataSource()).migrations(CHAIN).lockWaitListener(heard::add)
                    .lockTimeout(Duration.ofMillis(1500)).build();

            assertThatThrownBy(waiting::migrate).isInstanceOf(LockTimeoutException.class)
                    .hasMessageContaining("(--lock-timeout / Migrator.Builder.lockTimeout)")
                    .hasMessageNotContaining("raise lockTimeout");
            assertThat(heard).isNotEmpty().allSatisfy(line -> assertThat(line)
                    .startsWith("Waiting for the migration lock of ")
                    .contains("held by '" + MigrationLock.holderName() + "'"));
            held.close();
        }
    }
}

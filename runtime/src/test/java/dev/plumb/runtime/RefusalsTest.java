package dev.plumb.runtime;

import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static dev.plumb.runtime.MigratorTest.CHAIN;
import static dev.plumb.runtime.MigratorTest.migrator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Requests refused before anything runs are validation failures, not failed migrations; a migration whose own code
 * throws is named. (Rollback refusals: {@code RollbackTest}; the lock: {@code LockHolderTest}.)
 */
class RefusalsTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anUnknownTargetIsAValidationFailureThatChangesNothing(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            assertThatThrownBy(() -> migrator(db, CHAIN).migrate("7")).isInstanceOf(ValidationException.class)
                    .hasMessage("Unknown target version 7: no migration in the code has it; nothing was applied");
            assertThat(Db.tableExists(db, HistoryTable.DEFAULT_NAME)).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aVersionWhoseCodeThrowsIsAValidationFailureNamingTheClass(TestDatabase.Kind kind) {
        Migration broken = new Migration() {
            @Override
            public String version() {
                throw new IllegalStateException("no version yet");
            }

            @Override
            public String description() {
                return "Broken";
            }

            @Override
            public void up(Script script) {
            }

            @Override
            public void down(Script script) {
            }
        };
        try (TestDatabase db = TestDatabase.create(kind)) {
            assertThatThrownBy(() -> migrator(db, List.of(broken)))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("cannot say its version or description: IllegalStateException: no version"
                            + " yet; fix the migration's code");
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
}

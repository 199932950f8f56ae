package dev.plumb.runtime;

import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.function.Consumer;

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

    /** A hand-written migration, version 2, whose up and down fill the script as given. */
    private static Migration handWritten(String description, Consumer<Script> up, Consumer<Script> down) {
        return new Migration() {
            public String version() { return "2"; }
            public String description() { return description; }
            public void up(Script script) { up.accept(script); }
            public void down(Script script) { down.accept(script); }
        };
    }

    /** A hand-written migration with SQL for one database only: up and down. */
    private static Migration onlyFor(Dialect dialect) {
        return handWritten("Add index", script -> script.on(dialect, "create index ix_item on item (id)"),
                script -> script.on(dialect, "drop index ix_item"));
    }

    private static Dialect dialectOf(TestDatabase.Kind kind) {
        return Dialect.valueOf(kind.name());
    }

    private static Dialect otherThan(TestDatabase.Kind kind) {
        return dialectOf(kind) == Dialect.H2 ? Dialect.POSTGRESQL : Dialect.H2;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aMigrationWithoutSqlForTheConnectionsDialectIsAValidationFailureBeforeAnythingRuns(TestDatabase.Kind kind) {
        Dialect here = dialectOf(kind);
        Dialect other = otherThan(kind);
        try (TestDatabase db = TestDatabase.create(kind)) {
            List<Migration> migrations = List.of(CHAIN.get(1), onlyFor(other));

            assertThatThrownBy(() -> migrator(db, migrations).migrate())
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("Migration 2 (Add index) has no up SQL for " + here.productName() + ", only for "
                            + other.productName() + ": add script.on(Dialect." + here.name() + ", ...) to its up(),"
                            + " or regenerate it with " + here.productName() + " among the dialects; nothing was"
                            + " applied");
            assertThat(Db.tableExists(db, "item")).as("its predecessor was not applied either").isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aMigrationThatSaysItNeedsNothingOnThisDialectIsApplied(TestDatabase.Kind kind) {
        Consumer<Script> nothingHereButThere = script -> script.on(otherThan(kind), "select 1").on(dialectOf(kind));
        Migration nothingHere = handWritten("Tune other database", nothingHereButThere, nothingHereButThere);
        try (TestDatabase db = TestDatabase.create(kind)) {
            MigrationReport report = migrator(db, List.of(CHAIN.get(1), nothingHere)).migrate();

            assertThat(report.steps()).hasSize(2);
            assertThat(migrator(db, List.of(CHAIN.get(1), nothingHere)).rollback(1).steps()).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aRollbackOfAMigrationWithoutDownSqlForTheDialectRollsNothingBack(TestDatabase.Kind kind) {
        Migration upOnlyHere = handWritten("Add index",
                script -> script.on(dialectOf(kind), "create index ix_item on item (id)"),
                script -> script.on(otherThan(kind), "drop index ix_item"));
        try (TestDatabase db = TestDatabase.create(kind)) {
            List<Migration> migrations = List.of(CHAIN.get(1), upOnlyHere);
            migrator(db, migrations).migrate();

            assertThatThrownBy(() -> migrator(db, migrations).rollback(2))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("Migration 2 (Add index) has no down SQL for " + dialectOf(kind).productName())
                    .hasMessageEndingWith("nothing was rolled back");
            assertThat(Db.tableExists(db, "item")).isTrue();
        }
    }
}

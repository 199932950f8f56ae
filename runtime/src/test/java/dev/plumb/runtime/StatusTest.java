package dev.plumb.runtime;

import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.plumb.runtime.MigratorTest.migrator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Validation against the history, and the states {@code status()} reports. */
class StatusTest {

    static final Migration ONE = SqlMigration.of("1", "create table a (id int)", "drop table a");
    static final Migration TWO = SqlMigration.of("2", "create table b (id int)", "drop table b");
    static final Migration TWO_EDITED = SqlMigration.of("2", "create table b (id bigint)", "drop table b");
    static final Migration THREE = SqlMigration.of("3", "create table c (id int)", "drop table c");
    static final Migration FOUR = SqlMigration.of("4", "create table d (id int)", "drop table d");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void changedAppliedMigrationIsRefused(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            migrator(db, List.of(ONE, TWO)).migrate();
            Migrator edited = migrator(db, List.of(ONE, TWO_EDITED, THREE));

            assertThatThrownBy(edited::migrate)
                    .isInstanceOf(MigrationException.class)
                    .hasMessageContaining("Migration 2 (step 2) has changed since it was applied")
                    .hasMessageContaining("restore the migration");
            assertThatThrownBy(() -> edited.pending(Optional.empty())).isInstanceOf(MigrationException.class);
            assertThat(Db.tableExists(db, "c")).as("nothing applied after a failed validation").isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void statusReportsEveryState(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Instant before = Instant.now().minusSeconds(5);
            migrator(db, List.of(ONE, TWO, THREE)).migrate();

            List<MigrationStatus> status = migrator(db, List.of(FOUR, TWO_EDITED, ONE)).status();

            assertThat(status).extracting(MigrationStatus::version, MigrationStatus::state).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("1", MigrationStatus.State.APPLIED),
                    org.assertj.core.groups.Tuple.tuple("2", MigrationStatus.State.CHECKSUM_MISMATCH),
                    org.assertj.core.groups.Tuple.tuple("3", MigrationStatus.State.MISSING_IN_CODE),
                    org.assertj.core.groups.Tuple.tuple("4", MigrationStatus.State.PENDING));
            MigrationStatus first = status.get(0);
            assertThat(first.appliedAt()).hasValueSatisfying(at -> assertThat(at).isBetween(before,
                    Instant.now().plusSeconds(5)));
            assertThat(first.appliedBy()).contains("tester");
            assertThat(first.executionTime()).hasValueSatisfying(d -> assertThat(d).isGreaterThanOrEqualTo(
                    Duration.ZERO));
            assertThat(status.get(2).description()).isEqualTo("step 3");
            assertThat(status.get(3).appliedAt()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void migrationMissingFromCodeBlocksMigrate(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            migrator(db, List.of(ONE, TWO)).migrate();

            assertThatThrownBy(() -> migrator(db, List.of(ONE, THREE)).migrate())
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("Migration 2 (step 2) is applied but missing from the code: restore its class, or"
                            + " roll it back with the code that still has it");
            assertThat(Db.historyVersions(db)).containsExactly("1", "2");
        }
    }
}

package dev.plumb.runtime;

import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link Migration#transactional(Dialect)}: one class carries PostgreSQL's {@code create index concurrently} (refused
 * inside a transaction block) next to H2's plain {@code create index}; the runtime asks per dialect, and a migration
 * that overrides only the old {@link Migration#transactional()} keeps its answer on every dialect.
 */
class PerDialectTransactionTest {

    /** Not transactional on PostgreSQL only, as a generated class with a concurrent index says it. */
    private record ConcurrentIndex(String version) implements Migration {

        @Override
        public String description() {
            return "index item";
        }

        @Override
        public void up(Script script) {
            script.on(Dialect.POSTGRESQL, "create index concurrently item_id on item (id)");
            script.on(Dialect.H2, "create index item_id on item (id)");
        }

        @Override
        public void down(Script script) {
            script.on(Dialect.POSTGRESQL, "drop index concurrently item_id");
            script.on(Dialect.H2, "drop index item_id");
        }

        @Override
        public boolean transactional(Dialect dialect) {
            return dialect != Dialect.POSTGRESQL;
        }
    }

    private static final Migration TABLE = SqlMigration.of("1", "create table item (id int)", "drop table item");

    @Test
    void concurrentIndexRunsOutsideATransactionOnPostgres() {
        try (TestDatabase db = TestDatabase.postgres()) {
            List<Migration> migrations = List.of(TABLE, new ConcurrentIndex("2"));

            assertThat(MigratorTest.migrator(db, migrations).migrate().steps()).hasSize(2);
            assertThat(Db.strings(db, "select indexname from pg_indexes where tablename = 'item'"))
                    .containsExactly("item_id");
            assertThat(MigratorTest.migrator(db, migrations).rollback(1).steps()).hasSize(1);
            assertThat(Db.strings(db, "select indexname from pg_indexes where tablename = 'item'")).isEmpty();
        }
    }

    @Test
    void sameClassIsPlainOnH2() {
        try (TestDatabase db = TestDatabase.h2()) {
            List<Migration> migrations = List.of(TABLE, new ConcurrentIndex("2"));

            assertThat(MigratorTest.migrator(db, migrations).migrate().steps()).hasSize(2);
            assertThat(Db.historyVersions(db)).containsExactly("1", "2");
        }
    }

    /**
     * Transactional on PostgreSQL (only H2 is not): a failing second statement takes the first one with it, which
     * only a transaction does.
     */
    @Test
    void migrationTransactionalOnPostgresRollsBackThere() {
        Migration failing = new SqlMigration("2", "half", List.of("create table a (id int)", "select * from nowhere"),
                List.of("create table a (id int)"), List.of("drop table a"), true);
        try (TestDatabase db = TestDatabase.postgres()) {
            Migration perDialect = new PostgresOnlyTransactional(failing);
            assertThatThrownBy(() -> MigratorTest.migrator(db, List.of(TABLE, perDialect)).migrate())
                    .isInstanceOf(MigrationException.class);
            assertThat(Db.tableExists(db, "a")).as("rolled back with the failing statement").isFalse();
        }
    }

    /** A hand-written migration from before per-dialect answers: its {@code transactional() false} still holds. */
    @Test
    void oldOverrideStillHolds() {
        Migration legacy = new SqlMigration("2", "index", List.of("create index concurrently item_id on item (id)"),
                List.of("create index item_id on item (id)"), List.of("drop index item_id"), false);
        assertThat(legacy.transactional(Dialect.POSTGRESQL)).isFalse();
        try (TestDatabase db = TestDatabase.postgres()) {
            assertThat(MigratorTest.migrator(db, List.of(TABLE, legacy)).migrate().steps()).hasSize(2);
        }
    }

    /** Delegates to {@code migration}, transactional on PostgreSQL and not elsewhere. */
    private record PostgresOnlyTransactional(Migration migration) implements Migration {

        @Override
        public String version() {
            return migration.version();
        }

        @Override
        public String description() {
            return migration.description();
        }

        @Override
        public void up(Script script) {
            migration.up(script);
        }

        @Override
        public void down(Script script) {
            migration.down(script);
        }

        @Override
        public boolean transactional() {
            return false;
        }

        @Override
        public boolean transactional(Dialect dialect) {
            return dialect == Dialect.POSTGRESQL;
        }
    }
}

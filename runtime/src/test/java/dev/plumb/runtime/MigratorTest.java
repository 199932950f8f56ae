package dev.plumb.runtime;

import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Applying, targeting and dry-running migrations on real databases. */
class MigratorTest {

    /** Given out of order on purpose; each step depends on the one before it. */
    static final List<Migration> CHAIN = List.of(
            SqlMigration.of("10", "insert into item (id, name) values (1, 'x')", "delete from item"),
            SqlMigration.of("1", "create table item (id int primary key)", "drop table item"),
            SqlMigration.of("2", "alter table item add column name varchar(20)", "alter table item drop column name"));

    static Migrator migrator(TestDatabase db, List<? extends Migration> migrations) {
        return Migrator.builder(db.dataSource()).migrations(migrations).installedBy("tester").build();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void appliesInVersionOrderAndRecordsHistory(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            MigrationReport report = migrator(db, CHAIN).migrate();

            assertThat(report.steps()).extracting(MigrationReport.Step::version).containsExactly("1", "2", "10");
            assertThat(report.steps()).allMatch(step -> step.direction() == MigrationReport.Direction.UP);
            assertThat(report.dialect().name()).isEqualTo(kind.name());
            assertThat(Db.strings(db, "select name from item")).containsExactly("x");
            assertThat(Db.historyVersions(db)).containsExactly("1", "2", "10");
            assertThat(Db.strings(db, "select checksum from plumb_schema_history where version = '1'"))
                    .containsExactly(Checksums.of(List.of("create table item (id int primary key)")));
            assertThat(Db.strings(db, "select distinct applied_by from plumb_schema_history"))
                    .containsExactly("tester");
            assertThat(Db.strings(db, "select description from plumb_schema_history where version = '2'"))
                    .containsExactly("step 2");

            assertThat(migrator(db, CHAIN).migrate().steps()).as("second run").isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void migratesUpToTarget(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Migrator migrator = migrator(db, CHAIN);

            assertThat(migrator.migrate("2").steps()).extracting(MigrationReport.Step::version)
                    .containsExactly("1", "2");
            assertThat(Db.historyVersions(db)).containsExactly("1", "2");
            assertThat(Db.strings(db, "select name from item")).isEmpty();
            assertThat(migrator.pending(Optional.empty())).extracting(PendingMigration::version)
                    .containsExactly("10");

            assertThat(migrator.migrate().steps()).extracting(MigrationReport.Step::version).containsExactly("10");
            assertThatThrownBy(() -> migrator.migrate("99")).isInstanceOf(MigrationException.class)
                    .hasMessageContaining("99");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void pendingChangesNothingAndCreatesNoHistoryTable(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Migrator migrator = migrator(db, CHAIN);

            List<PendingMigration> pending = migrator.pending(Optional.of("2"));

            assertThat(pending).extracting(PendingMigration::version).containsExactly("1", "2");
            assertThat(pending.get(0).statements()).containsExactly("create table item (id int primary key)");
            assertThat(migrator.status()).extracting(MigrationStatus::state)
                    .containsOnly(MigrationStatus.State.PENDING);
            assertThat(Db.tableExists(db, HistoryTable.DEFAULT_NAME)).isFalse();
            assertThat(Db.tableExists(db, "item")).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void dialectSpecificStatementsAreChosenByConnection(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Migration migration = SqlMigration.perDialect("1", "create table only_pg (id int)",
                    "create table only_h2 (id int)", "drop table x")
                    .onMariaDb(List.of("create table only_mariadb (id int)"), List.of("drop table x"));

            migrator(db, List.of(migration)).migrate();

            assertThat(Db.tableExists(db, "only_pg")).isEqualTo(kind == TestDatabase.Kind.POSTGRESQL);
            assertThat(Db.tableExists(db, "only_h2")).isEqualTo(kind == TestDatabase.Kind.H2);
            assertThat(Db.tableExists(db, "only_mariadb")).isEqualTo(kind == TestDatabase.Kind.MARIADB);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void refusesMigrationWithoutSqlForTheDialectBeforeApplyingAnything(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            // a dialect other than the database's: MySQL for MariaDB, MariaDB for the others
            Dialect only = kind == TestDatabase.Kind.MARIADB ? Dialect.MYSQL : Dialect.MARIADB;
            Migration mariaOnly = new Migration() {
                public String version() { return "2"; }
                public String description() { return only.productName() + " only"; }
                public void up(Script script) { script.on(only, "create table m (id int)"); }
                public void down(Script script) { script.on(only, "drop table m"); }
            };
            List<Migration> migrations = List.of(SqlMigration.of("1", "create table a (id int)", "drop table a"),
                    mariaOnly);

            assertThatThrownBy(() -> migrator(db, migrations).migrate())
                    .isInstanceOf(MigrationException.class)
                    .hasMessageContaining("Migration 2 (" + only.productName() + " only)")
                    .hasMessageContaining("has no up SQL for " + Dialect.valueOf(kind.name()).productName());
            assertThat(Db.tableExists(db, "a")).as("nothing applied").isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void emptyMigrationIsRecorded(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Migration empty = new Migration() {
                public String version() { return "1"; }
                public String description() { return "Baseline"; }
                public void up(Script script) { }
                public void down(Script script) { }
            };

            migrator(db, List.of(empty)).migrate();

            assertThat(Db.historyVersions(db)).containsExactly("1");
            assertThat(migrator(db, List.of(empty)).rollback(1).steps()).hasSize(1);
            assertThat(Db.historyVersions(db)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void nonTransactionalMigrationRunsInAutoCommit(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            // PostgreSQL refuses "create index concurrently" inside a transaction block
            Migration index = new SqlMigration("2", "index", List.of("create index concurrently item_id on item (id)"),
                    List.of("create index item_id on item (id)"), List.of("drop index item_id"), false)
                    .onMariaDb(List.of("create index item_id on item (id)"), List.of("drop index item_id on item"));
            List<Migration> migrations = List.of(SqlMigration.of("1", "create table item (id int)",
                    "drop table item"), index);

            assertThat(migrator(db, migrations).migrate().steps()).hasSize(2);
            assertThat(Db.historyVersions(db)).containsExactly("1", "2");
            assertThat(migrator(db, migrations).rollback(1).steps()).hasSize(1);
            assertThat(Db.historyVersions(db)).containsExactly("1");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void duplicateVersionsAreRefused(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            List<Migration> migrations = List.of(SqlMigration.of("1.0", "select 1", "select 1"),
                    SqlMigration.of("1.00", "select 2", "select 2"));

            assertThatThrownBy(() -> migrator(db, migrations)).isInstanceOf(MigrationException.class)
                    .hasMessageContaining("Duplicate migration version");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void customHistoryTableInAnotherSchema(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            // a MariaDB schema is a database of the whole server: one of its own, dropped with the test's
            String schema = kind == TestDatabase.Kind.MARIADB ? Db.strings(db, "select database()").get(0) + "_audit"
                    : "audit";
            db.execute("create schema " + schema);
            Migrator migrator = Migrator.builder(db.dataSource()).migrations(CHAIN)
                    .historyTable(schema + ".schema_log").build();

            try {
                assertThat(migrator.migrate().steps()).hasSize(3);

                assertThat(Db.strings(db, "select count(*) from " + schema + ".schema_log")).containsExactly("3");
                assertThat(Db.tableExists(db, HistoryTable.DEFAULT_NAME)).isFalse();
                assertThat(migrator.status()).extracting(MigrationStatus::state)
                        .containsOnly(MigrationStatus.State.APPLIED);
            } finally {
                if (kind == TestDatabase.Kind.MARIADB) {
                    db.execute("drop schema " + schema);
                }
            }
            assertThatThrownBy(() -> Migrator.builder(db.dataSource()).historyTable("bad\"name"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}

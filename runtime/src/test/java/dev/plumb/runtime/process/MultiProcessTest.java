package dev.plumb.runtime.process;

import dev.plumb.runtime.MigrationStatus;
import dev.plumb.runtime.Migrator;
import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real OS processes ({@link MigrateProcess}) on one fresh PostgreSQL database: the peers' incident reports as tests.
 * A migration is held mid-way by a test transaction that locks table {@code blocker}, so the kill lands exactly
 * inside it.
 */
class MultiProcessTest {

    private static final String BLOCKED = "insert into blocker%";

    @TempDir
    Path logs;

    @Test
    void eightProcessesMigrateOnceWithConcurrentIndexAndNoDeadlock() throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            List<Process> processes = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                processes.add(start(db, "concurrent", i));
            }
            for (int i = 0; i < processes.size(); i++) {
                assertThat(processes.get(i).waitFor(120, TimeUnit.SECONDS)).as("process " + i + " finished").isTrue();
                assertThat(processes.get(i).exitValue()).as("process %d: %s", i, log(i)).isZero();
            }

            assertThat(query(db, "select version || ':' || count(*) from plumb_schema_history group by version"
                    + " order by version")).containsExactly("1:1", "2:1", "3:1", "4:1");
            assertThat(query(db, "select count(*) from item")).containsExactly("20000");
            assertThat(query(db, "select i.indisvalid from pg_index i join pg_class c on c.oid = i.indexrelid"
                    + " where c.relname = 'ix_item_name'")).containsExactly("t");
            assertThat(query(db, "select count(*) from information_schema.columns where table_name = 'item'"
                    + " and column_name = 'price'")).containsExactly("1");
            long applying = 0;
            for (int i = 0; i < 8; i++) {
                applying += log(i).contains("Applied 3") ? 1 : 0;
            }
            assertThat(applying).as("exactly one process built the index").isEqualTo(1);
            assertNoAdvisoryLock(db);
        }
    }

    @Test
    void killDuringTransactionalMigrationLeavesDatabaseAsBefore() throws Exception {
        try (TestDatabase db = TestDatabase.postgres(); Connection blocker = holdBlocker(db)) {
            Process process = start(db, "kill-transactional", 0);
            awaitBlocked(db, process);

            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            blocker.rollback();   // the insert completes, then its backend finds the client gone and rolls back

            awaitNoAdvisoryLock(db);
            assertThat(query(db, "select version from plumb_schema_history")).containsExactly("1");
            assertThat(query(db, "select count(*) from pg_tables where tablename = 'half'")).containsExactly("0");
            assertThat(query(db, "select count(*) from blocker")).containsExactly("0");

            Process next = start(db, "kill-transactional", 1);
            assertThat(next.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(next.exitValue()).as(log(1)).isZero();
            assertThat(query(db, "select version from plumb_schema_history order by version"))
                    .containsExactly("1", "2");
        }
    }

    @Test
    void killDuringNonTransactionalMigrationIsPartialThenRepaired() throws Exception {
        try (TestDatabase db = TestDatabase.postgres(); Connection blocker = holdBlocker(db)) {
            Process process = start(db, "kill-non-transactional", 0);
            awaitBlocked(db, process);

            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            // an operator ends the orphaned statement before it can complete
            query(db, "select pg_terminate_backend(pid) from pg_stat_activity where query like '" + BLOCKED + "'");
            blocker.rollback();
            awaitNoAdvisoryLock(db);

            Migrator migrator = Migrator.builder(db.dataSource())
                    .migrations(ProcessScenarios.migrations("kill-non-transactional")).build();
            MigrationStatus partial = migrator.status().get(1);
            assertThat(partial.state()).isEqualTo(MigrationStatus.State.PARTIAL);
            assertThat(partial.detail()).contains("1 statements done: 'create table first_step (id int)'");

            Process refused = start(db, "kill-non-transactional", 1);
            assertThat(refused.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(refused.exitValue()).isEqualTo(6);
            assertThat(log(1)).contains("is partially applied: 1 statements ran before its process stopped");

            assertThat(migrator.repair()).containsExactly("2");
            Process resumed = start(db, "kill-non-transactional", 2);
            assertThat(resumed.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(resumed.exitValue()).as(log(2)).isZero();
            assertThat(query(db, "select count(*) from blocker")).containsExactly("1");
            assertThat(query(db, "select count(*) from pg_tables where tablename in ('first_step', 'third_step')"))
                    .containsExactly("2");
            assertThat(migrator.status()).extracting(MigrationStatus::state)
                    .containsOnly(MigrationStatus.State.APPLIED);
        }
    }

    private Process start(TestDatabase db, String scenario, int index) throws IOException {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                MigrateProcess.class.getName(), db.url(), db.user(), scenario);
        builder.environment().put("PLUMB_PASSWORD", db.password() == null ? "" : db.password());
        builder.redirectErrorStream(true).redirectOutput(logs.resolve(index + ".log").toFile());
        return builder.start();
    }

    private String log(int index) throws IOException {
        Path file = logs.resolve(index + ".log");
        return Files.exists(file) ? Files.readString(file) : "";
    }

    /** A connection whose open transaction holds an exclusive lock on table blocker. */
    private static Connection holdBlocker(TestDatabase db) throws SQLException {
        db.execute("create table blocker (id int)");
        Connection connection = db.connect();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("lock table blocker in access exclusive mode");
        }
        return connection;
    }

    private void awaitBlocked(TestDatabase db, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (query(db, "select pid from pg_stat_activity where wait_event_type = 'Lock' and query like '"
                + BLOCKED + "'").isEmpty()) {
            assertThat(process.isAlive()).as("process still running: %s", log(0)).isTrue();
            assertThat(System.nanoTime() - deadline).as("migration reached the blocked statement").isNegative();
            Thread.sleep(50);
        }
    }

    private static void awaitNoAdvisoryLock(TestDatabase db) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!advisoryLocks(db).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertNoAdvisoryLock(db);
    }

    private static void assertNoAdvisoryLock(TestDatabase db) throws SQLException {
        assertThat(advisoryLocks(db)).as("advisory locks left").isEmpty();
    }

    private static List<String> advisoryLocks(TestDatabase db) throws SQLException {
        return query(db, "select pid from pg_locks where locktype = 'advisory' and database ="
                + " (select oid from pg_database where datname = current_database())");
    }

    private static List<String> query(TestDatabase db, String sql) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet resultSet = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (resultSet.next()) {
                values.add(resultSet.getString(1));
            }
            return values;
        }
    }
}

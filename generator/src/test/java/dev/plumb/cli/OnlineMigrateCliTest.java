package dev.plumb.cli;

import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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
 * {@code plumb migrate} against a live PostgreSQL table (issue 16, acceptance 3 and 4): a session holding an open
 * transaction on the table makes {@code migrate} exit 6 naming the statement and the blocker, with nothing applied;
 * and a {@code plumb migrate} process killed with {@code kill -9} during {@code create index concurrently} leaves a
 * partial migration and an invalid index, which {@code status} shows, {@code repair} drops, and {@code migrate}
 * builds again, valid.
 */
class OnlineMigrateCliTest {

    private static final String INDEX = "create index concurrently ix_item_name on item (name)";

    private final Path cwd;
    private final GateWorkspace workspace;

    OnlineMigrateCliTest(@TempDir Path cwd) throws IOException {
        this.cwd = cwd;
        this.workspace = new GateWorkspace(cwd);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void migrateExitsSixNamingTheStatementAndTheBlockingSessionThenSucceedsOnceItCommits() throws Exception {
        try (TestDatabase db = TestDatabase.postgres(); Connection blocker = db.connect()) {
            db.execute("create table item (id int primary key, name text)");
            workspace.writeMigrationCode("1", "AddPrice", "on(script, \"alter table item add column price int\");",
                    "on(script, \"alter table item drop column price\");");
            int pid = holdOpenTransaction(blocker, "insert into item values (1, 'held')");

            GateWorkspace.Run refused = plumb(db, "migrate", "--lock-timeout-ddl", "200ms", "--lock-retries", "2");

            assertThat(refused.exitCode()).as(refused.err()).isEqualTo(6);
            assertThat(refused.err()).contains("plumb: Migration 1 (AddPrice): step 1 gave up waiting for a lock")
                    .contains("Migration 1 (AddPrice) gave up waiting for a lock in statement"
                            + " 'alter table item add column price int' after 3 attempts")
                    .contains("blocked by session pid " + pid + " (user ")
                    .contains("application 'blocking-app', idle in transaction")
                    .contains("last query 'insert into item values (1, 'held')'")
                    .doesNotContain("\tat ");
            assertThat(query(db, "select count(*) from information_schema.columns where column_name = 'price'"))
                    .isEqualTo("0");
            assertThat(plumb(db, "status").out()).contains("pending");

            blocker.commit();
            GateWorkspace.Run applied = plumb(db, "migrate");
            assertThat(applied.exitCode()).as(applied.err()).isZero();
            assertThat(query(db, "select count(*) from information_schema.columns where column_name = 'price'"))
                    .isEqualTo("1");
        }
    }

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void killedDuringCreateIndexConcurrentlyIsReportedRepairedAndCompletedWithAValidIndex() throws Exception {
        try (TestDatabase db = TestDatabase.postgres(); Connection blocker = db.connect()) {
            db.execute("create table item (id int primary key, name text)",
                    "insert into item select i, 'name ' || i from generate_series(1, 1000) i");
            workspace.writeMigrationCode("1", "IndexItemName",
                    "script.on(Dialect.POSTGRESQL, \"create table note (id int)\")"
                            + ".outsideTransaction(Dialect.POSTGRESQL, \"" + INDEX + "\");",
                    "script.outsideTransaction(Dialect.POSTGRESQL, \"drop index concurrently ix_item_name\")"
                            + ".on(Dialect.POSTGRESQL, \"drop table note\");");
            // a writer's open transaction: the concurrent build waits for it, its index already in the catalog
            holdOpenTransaction(blocker, "insert into item values (0, 'writing')");
            Process process = start(db);
            awaitWaitingBuild(db, process);

            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            awaitBuildGone(db);

            GateWorkspace.Run status = plumb(db, "status");
            assertThat(status.out()).containsPattern("1 +IndexItemName +partial .*step 2 of 2 not done"
                    + " \\('create index concurrently ix_item_name on item \\(name\\)'\\); 1 statements done");
            assertThat(validity(db)).as("the interrupted build left an invalid index").isEqualTo("f");
            GateWorkspace.Run refused = plumb(db, "migrate");
            assertThat(refused.exitCode()).as(refused.err()).isEqualTo(7);

            blocker.commit();
            GateWorkspace.Run repair = plumb(db, "repair");
            assertThat(repair.exitCode()).as(repair.err()).isZero();
            assertThat(repair.out()).isEqualTo("Repaired 1: migrate resumes it\n");
            assertThat(repair.err()).contains("Dropped the invalid index public.ix_item_name the interrupted"
                    + " statement '" + INDEX + "' left");
            GateWorkspace.Run resumed = plumb(db, "migrate");
            assertThat(resumed.exitCode()).as(resumed.err()).isZero();
            assertThat(validity(db)).as("rebuilt, valid").isEqualTo("t");
            assertThat(plumb(db, "status").out()).doesNotContain("partial").doesNotContain("pending");
        }
    }

    private GateWorkspace.Run plumb(TestDatabase db, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(connection(db));
        return workspace.plumb(all.toArray(String[]::new));
    }

    private static List<String> connection(TestDatabase db) {
        List<String> options = new ArrayList<>(List.of("--url", db.url(), "--user", db.user()));
        if (db.password() != null) {
            options.addAll(List.of("--password", db.password()));
        }
        return options;
    }

    private Process start(TestDatabase db) throws IOException {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), PlumbCli.class.getName(), "migrate"));
        command.addAll(GateWorkspace.settings());
        command.addAll(connection(db));
        return new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true)
                .redirectOutput(cwd.resolve("migrate.log").toFile()).start();
    }

    /** Opens a transaction that runs {@code sql} and stays open, as an application's would; its backend pid. */
    private static int holdOpenTransaction(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set application_name = 'blocking-app'");
            int pid;
            try (ResultSet row = statement.executeQuery("select pg_backend_pid()")) {
                row.next();
                pid = row.getInt(1);
            }
            connection.setAutoCommit(false);
            statement.execute(sql);
            return pid;
        }
    }

    /** Until the migrate process's concurrent build waits, with its invalid index in the catalog. */
    private void awaitWaitingBuild(TestDatabase db, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!"1".equals(query(db, "select count(*) from pg_stat_activity where query = '" + INDEX + "'"
                + " and wait_event_type = 'Lock'")) || !"f".equals(validity(db))) {
            assertThat(process.isAlive()).as("migrate still running: %s", log()).isTrue();
            assertThat(System.nanoTime() - deadline).as("the build started").isNegative();
            Thread.sleep(200);
        }
    }

    /** Until the server has noticed the dead client and ended its build (client_connection_check_interval). */
    private static void awaitBuildGone(TestDatabase db) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!"0".equals(query(db, "select count(*) from pg_stat_activity where query = '" + INDEX + "'"
                + " and state = 'active'"))) {
            assertThat(System.nanoTime() - deadline).as("the killed client's build ended").isNegative();
            Thread.sleep(200);
        }
    }

    private static String validity(TestDatabase db) throws SQLException {
        return query(db, "select coalesce(max(i.indisvalid::text), 'none') from pg_index i"
                + " join pg_class c on c.oid = i.indexrelid where c.relname = 'ix_item_name'").substring(0, 1);
    }

    private String log() throws IOException {
        Path file = cwd.resolve("migrate.log");
        return Files.exists(file) ? Files.readString(file) : "";
    }

    private static String query(TestDatabase db, String sql) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}

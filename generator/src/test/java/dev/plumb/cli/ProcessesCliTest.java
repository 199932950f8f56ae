package dev.plumb.cli;

import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code plumb migrate} as real OS processes: eight at once on the embedded H2 default (a file database opened with
 * {@code AUTO_SERVER=TRUE}), on PostgreSQL and on MariaDB all succeed and apply each migration once; a process killed
 * half-way through an H2 or a MariaDB migration (both commit each DDL statement) leaves a state that {@code status}
 * reports, {@code repair} resolves and {@code migrate} completes, and on MariaDB the next {@code migrate} gets the lock
 * at once; {@code plumb new} started four times at once writes four versions.
 */
class ProcessesCliTest {

    private static final String DEFAULT_H2 = "jdbc:h2:file:%s/.plumb/h2/plumb;AUTO_SERVER=TRUE";

    private final Path cwd;
    private final GateWorkspace workspace;

    ProcessesCliTest(@TempDir Path cwd) throws IOException {
        this.cwd = cwd;
        this.workspace = new GateWorkspace(cwd);
    }

    @Test
    void eightConcurrentMigratesOnTheEmbeddedH2DefaultAllSucceed() throws Exception {
        writeChain();

        List<Process> processes = startEight(List.of());

        assertAllSucceeded(processes);
        assertThat(query(String.format(DEFAULT_H2, cwd), "sa", "", "select version || ':' || state from"
                + " plumb_schema_history order by version")).containsExactly("1:APPLIED", "2:APPLIED", "3:APPLIED");
        assertThat(appliedLines("2")).as("exactly one process applied migration 2").isEqualTo(1);
    }

    @Test
    void eightConcurrentMigratesOnPostgresAllSucceed() throws Exception {
        writeChain();
        try (TestDatabase db = TestDatabase.postgres()) {
            List<String> connection = new ArrayList<>(List.of("--url", db.url(), "--user", db.user()));
            if (db.password() != null) {
                connection.addAll(List.of("--password", db.password()));
            }

            List<Process> processes = startEight(connection);

            assertAllSucceeded(processes);
            assertThat(query(db.url(), db.user(), db.password(), "select version || ':' || count(*) from"
                    + " plumb_schema_history group by version order by version"))
                    .containsExactly("1:1", "2:1", "3:1");
            assertThat(appliedLines("2")).as("exactly one process applied migration 2").isEqualTo(1);
        }
    }

    @Test
    void eightConcurrentMigratesOnMariaDbAllSucceed() throws Exception {
        mariaDbMigration("1", "CreateItem", "create table item (id int primary key, name varchar(40))");
        mariaDbMigration("2", "FillItem", "insert into item values (1, 'one')", "insert into item values (2, 'two')");
        mariaDbMigration("3", "AddPrice", "alter table item add column price int");
        try (TestDatabase db = TestDatabase.mariadb()) {
            List<Process> processes = startEight(connection(db));

            assertAllSucceeded(processes);
            assertThat(query(db.url(), db.user(), db.password(), "select concat(version, ':', state, ':', count(*))"
                    + " from plumb_schema_history group by version, state order by version"))
                    .containsExactly("1:APPLIED:1", "2:APPLIED:1", "3:APPLIED:1");
            assertThat(query(db.url(), db.user(), db.password(), "select count(*) from item"))
                    .as("the inserts ran once (a second run fails on the key)").containsExactly("2");
            assertThat(query(db.url(), db.user(), db.password(), "select count(*) from information_schema.columns"
                    + " where table_schema = database() and table_name = 'item'")).containsExactly("3");
            for (String version : List.of("1", "2", "3")) {
                assertThat(appliedLines(version)).as("exactly one process applied migration " + version).isEqualTo(1);
            }
        }
    }

    /**
     * MariaDB commits each DDL statement, so a migration killed between two statements stays half applied; its
     * progress row says how far it got. The lock was a {@code GET_LOCK} of the killed process's own connection, which
     * the server drops with it: the next {@code migrate} does not wait for it.
     */
    @Test
    void killedHalfWayThroughAMariaDbMigrationIsReportedRepairedAndCompleted() throws Exception {
        mariaDbMigration("1", "Prepare", "create table pause (seconds int)", "insert into pause values (120)");
        mariaDbMigration("2", "ThreeSteps", "create table first_step (id int)",
                "select sleep((select seconds from pause))", "create table third_step (id int)");
        try (TestDatabase db = TestDatabase.mariadb()) {
            Process process = start(0, connection(db));
            awaitStatementsDone(db.url(), db.user(), db.password(), process);

            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            query(db.url(), db.user(), db.password(), "update pause set seconds = 0");
            try {
                GateWorkspace.Run status = workspace.plumb(with(connection(db), "status"));
                assertThat(status.out()).containsPattern("2 +ThreeSteps +partial .* 1 statements done:"
                        + " 'create table first_step \\(id int\\)'");
                long started = System.nanoTime();
                GateWorkspace.Run refused = workspace.plumb(with(connection(db), "migrate", "--lock-timeout", "30s"));
                assertThat(refused.exitCode()).as(refused.err()).isEqualTo(7);
                assertThat(refused.err()).doesNotContain("Waiting for the migration lock")
                        .contains("Migration 2 (ThreeSteps) is partially applied: 1 statements ran before its"
                                + " process stopped").contains("run repair");
                assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the dead process's lock is gone")
                        .isLessThan(Duration.ofSeconds(20));
                assertThat(workspace.plumb(with(connection(db), "repair")).out())
                        .isEqualTo("Repaired 2: migrate resumes it\n");
                GateWorkspace.Run resumed = workspace.plumb(with(connection(db), "migrate"));
                assertThat(resumed.exitCode()).as(resumed.err()).isZero();
                assertThat(resumed.out()).startsWith("Applied 2 ThreeSteps");
                assertThat(workspace.plumb(with(connection(db), "status")).out()).doesNotContain("partial")
                        .doesNotContain("pending");
                assertThat(query(db.url(), db.user(), db.password(), "select count(*) from information_schema.tables"
                        + " where table_schema = database() and table_name in ('first_step', 'third_step')"))
                        .containsExactly("2");
            } finally {
                // the killed process's statement sleeps on in its server thread until the server writes to its socket
                for (String id : query(db.url(), db.user(), db.password(), "select id from"
                        + " information_schema.processlist where info like 'select sleep(%'")) {
                    query(db.url(), db.user(), db.password(), "kill query " + id);
                }
            }
        }
    }

    @Test
    void killedHalfWayThroughAnH2MigrationIsReportedRepairedAndCompleted() throws Exception {
        migration("1", "Prepare", "create alias plumb_test_sleep for 'java.lang.Thread.sleep'",
                "create table pause (ms bigint)", "insert into pause values (120000)");
        migration("2", "ThreeSteps", "create table first_step (id int)",
                "call plumb_test_sleep((select ms from pause))", "create table third_step (id int)");
        String url = String.format(DEFAULT_H2, cwd);
        Process process = start(0, List.of());
        awaitStatementsDone(url, process);
        // H2 writes commits to disk within WRITE_DELAY (500 ms); a kill before that loses them all alike, the DDL of
        // statement 1 together with its progress, so what survives is always a consistent earlier state
        Thread.sleep(2000);

        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        query(url, "sa", "", "update pause set ms = 0");

        GateWorkspace.Run status = workspace.plumb("status");
        assertThat(status.out()).containsPattern("2 +ThreeSteps +partial .* 1 statements done");
        GateWorkspace.Run refused = workspace.plumb("migrate");
        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(7);
        assertThat(refused.err()).contains("Migration 2 (ThreeSteps) is partially applied: 1 statements ran before"
                + " its process stopped").contains("run repair");
        assertThat(workspace.plumb("repair").out()).isEqualTo("Repaired 2: migrate resumes it\n");
        GateWorkspace.Run resumed = workspace.plumb("migrate");
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.out()).startsWith("Applied 2 ThreeSteps");
        assertThat(workspace.plumb("status").out()).doesNotContain("partial").doesNotContain("pending");
        assertThat(query(url, "sa", "", "select count(*) from information_schema.tables where table_name in"
                + " ('FIRST_STEP', 'THIRD_STEP')")).containsExactly("2");
    }

    @Test
    void fourNewStartedAtOnceWriteFourVersions() throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            List<Process> processes = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                processes.add(start(i, List.of("--url", db.url(), "--user", db.user()), "new", "--name", "step " + i));
            }
            assertAllSucceeded(processes);

            try (var files = Files.list(workspace.migrations())) {
                assertThat(files.map(f -> f.getFileName().toString().replaceFirst("__.*", "")).distinct().count())
                        .as("distinct versions").isEqualTo(4);
            }
        }
    }

    private void writeChain() throws IOException {
        migration("1", "CreateItem", "create table item (id int primary key, name varchar(40))");
        migration("2", "FillItem", "insert into item values (1, 'one')", "insert into item values (2, 'two')");
        migration("3", "AddPrice", "alter table item add column price int");
    }

    private void migration(String version, String name, String... statements) throws IOException {
        workspace.writeMigration(version, name, List.of(statements));
    }

    /** A migration with SQL for MariaDB only, whose down does nothing. */
    private void mariaDbMigration(String version, String name, String... statements) throws IOException {
        String sql = Arrays.stream(statements).map(statement -> "\"" + statement + "\"")
                .collect(Collectors.joining(", "));
        workspace.writeMigrationCode(version, name, "script.on(Dialect.MARIADB, " + sql + ");",
                "script.on(Dialect.MARIADB);");
    }

    private static List<String> connection(TestDatabase db) {
        return List.of("--url", db.url(), "--user", db.user(), "--password", db.password());
    }

    private static String[] with(List<String> options, String... arguments) {
        List<String> all = new ArrayList<>(List.of(arguments));
        all.addAll(options);
        return all.toArray(String[]::new);
    }

    private List<Process> startEight(List<String> options) throws IOException {
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            processes.add(start(i, options));
        }
        return processes;
    }

    private Process start(int index, List<String> options) throws IOException {
        return start(index, options, "migrate");
    }

    private Process start(int index, List<String> options, String... arguments) throws IOException {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), PlumbCli.class.getName()));
        command.addAll(List.of(arguments));
        command.addAll(GateWorkspace.settings());
        command.addAll(options);
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile());
        builder.redirectErrorStream(true).redirectOutput(cwd.resolve(index + ".log").toFile());
        return builder.start();
    }

    private void assertAllSucceeded(List<Process> processes) throws Exception {
        for (int i = 0; i < processes.size(); i++) {
            assertThat(processes.get(i).waitFor(180, TimeUnit.SECONDS)).as("process %d finished", i).isTrue();
            assertThat(processes.get(i).exitValue()).as("process %d: %s", i, log(i)).isZero();
        }
    }

    private long appliedLines(String version) throws IOException {
        long count = 0;
        for (int i = 0; i < 8; i++) {
            count += log(i).lines().filter(line -> line.startsWith("Applied " + version + " ")).count();
        }
        return count;
    }

    private String log(int index) throws IOException {
        Path file = cwd.resolve(index + ".log");
        return Files.exists(file) ? Files.readString(file) : "";
    }

    /** Polls (through H2's automatic server) until the process has run statement 1 of migration 2. */
    private void awaitStatementsDone(String url, Process process) throws Exception {
        awaitStatementsDone(url, "sa", "", process);
    }

    /** Polls until the process has run statement 1 of migration 2. */
    private void awaitStatementsDone(String url, String user, String password, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            assertThat(process.isAlive()).as("process still running: %s", log(0)).isTrue();
            assertThat(System.nanoTime() - deadline).as("migration 2 reached statement 2").isNegative();
            try {
                if (query(url, user, password, "select statements_done from plumb_schema_history where version = '2'")
                        .equals(List.of("1"))) {
                    return;
                }
            } catch (SQLException e) {
                // not created yet, or the process holds the database: try again
            }
            Thread.sleep(200);
        }
    }


    private static List<String> query(String url, String user, String password, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password == null ? "" : password);
             Statement statement = connection.createStatement()) {
            if (!statement.execute(sql)) {
                return List.of();
            }
            try (ResultSet resultSet = statement.getResultSet()) {
                List<String> values = new ArrayList<>();
                while (resultSet.next()) {
                    values.add(resultSet.getString(1));
                }
                return values;
            }
        }
    }
}

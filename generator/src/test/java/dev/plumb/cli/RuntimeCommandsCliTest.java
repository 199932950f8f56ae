package dev.plumb.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runtime commands on an H2 file database, in-process: refusals made before anything runs are usage (2) or
 * validation (7) errors, not failed migrations (6); a migration whose own code throws is named (6, not an internal
 * error); waiting for the migration lock is reported as it happens and bounded by {@code --lock-timeout}; new
 * versions are newer than the history's.
 */
class RuntimeCommandsCliTest {

    private final GateWorkspace workspace;
    private final String url;

    RuntimeCommandsCliTest(@TempDir Path cwd) throws IOException {
        this.workspace = new GateWorkspace(cwd);
        this.url = "jdbc:h2:file:" + cwd.resolve("db").toAbsolutePath();
    }


    private void table(String version, String table) throws IOException {
        workspace.writeMigration(version, "Create" + table, "create table " + table + " (id int)",
                "drop table " + table);
    }

    /** Rewrites {@code return "<from>";} in a migration class, to give it a version its file name does not have. */
    private void changeVersion(String className, String from, String to) throws IOException {
        Path file = workspace.migrations().resolve(className + ".java");
        Files.writeString(file, Files.readString(file).replace("return \"" + from + "\";", "return \"" + to + "\";"));
    }

    @Test
    void refusalsBeforeAnythingRunsAreValidationErrorsAndNothingToRollBackIsOk() throws IOException {
        table("1", "a");
        table("2", "b");

        GateWorkspace.Run nothing = workspace.plumb("rollback", "--url", url);
        assertThat(nothing.exitCode()).as(nothing.err()).isZero();
        assertThat(nothing.out()).isEqualTo("Nothing to roll back\n");
        GateWorkspace.Run nothingSteps = workspace.plumb("rollback", "--steps", "3", "--url", url);
        assertThat(nothingSteps.exitCode()).as(nothingSteps.err()).isZero();

        GateWorkspace.Run target = workspace.plumb("migrate", "--target", "9", "--url", url);
        assertThat(target.exitCode()).isEqualTo(ExitCodes.VALIDATION_FAILED);
        assertThat(target.err()).isEqualTo("plumb migrate: Unknown target version 9: no migration in the code has"
                + " it; nothing was applied\n");

        assertThat(workspace.plumb("migrate", "--target", "1", "--url", url).exitCode()).isZero();
        GateWorkspace.Run steps = workspace.plumb("rollback", "--steps", "3", "--url", url);
        assertThat(steps.exitCode()).isEqualTo(ExitCodes.VALIDATION_FAILED);
        assertThat(steps.err()).contains("Cannot roll back 3 migrations: only 1 is applied");
        GateWorkspace.Run to = workspace.plumb("rollback", "--to", "9", "--url", url);
        assertThat(to.exitCode()).isEqualTo(ExitCodes.VALIDATION_FAILED);
        assertThat(to.err()).contains("Cannot roll back to version 9");
        assertThat(workspace.plumb("status", "--url", url).out()).contains("applied").contains("pending");
        GateWorkspace.Run baseline = workspace.plumb("baseline", "--version", " ", "--url", url);
        assertThat(baseline.exitCode()).isEqualTo(ExitCodes.VALIDATION_FAILED);
        assertThat(baseline.err()).contains("Invalid baseline version ' '");
    }

    @Test
    void anEmptyVersionAndDuplicateVersionsAreValidationErrors() throws IOException {
        workspace.writeMigration("1", "Empty", "", "");
        changeVersion("V1__Empty", "1", "");

        GateWorkspace.Run empty = workspace.plumb("migrate", "--url", url);
        assertThat(empty.exitCode()).isEqualTo(ExitCodes.VALIDATION_FAILED);
        assertThat(empty.err()).contains("Invalid version '' of migration db.m.V1__Empty");

        table("2", "b");
        workspace.writeMigration("3", "Other", "", "");
        changeVersion("V3__Other", "3", "2");
        Files.delete(workspace.migrations().resolve("V1__Empty.java"));
        for (String command : new String[] {"migrate", "validate"}) {
            GateWorkspace.Run duplicate = workspace.plumb(command, "--url", url);
            assertThat(duplicate.exitCode()).as(command).isEqualTo(ExitCodes.VALIDATION_FAILED);
            assertThat(duplicate.err()).contains("Duplicate migration version 2: db.m.V")
                    .contains("give one of them a new version");
        }
    }

    @Test
    void aMigrationWhoseUpThrowsIsAFailedMigrationNamingIt() throws IOException {
        table("1", "a");
        workspace.writeMigrationCode("2", "Broken", "throw new IllegalStateException(\"tenant list missing\");", "");

        GateWorkspace.Run run = workspace.plumb("migrate", "--url", url);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.MIGRATION_FAILED);
        assertThat(run.err()).isEqualTo("plumb migrate: Migration 2 (Broken) failed in its up():"
                + " IllegalStateException: tenant list missing; fix the migration's code\n");
    }

    @Test
    void anEmptyUrlIsAUsageError() {
        GateWorkspace.Run run = workspace.plumb("status", "--url", "");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("plumb status: the database URL is empty").hasLineCount(1);
    }

    @Test
    void waitingForTheLockIsReportedAndBoundedByTheLockTimeout() throws Exception {
        table("1", "a");
        try (Connection holder = DriverManager.getConnection(url, "", "")) {
            holdLockRow(holder);

            GateWorkspace.Run flag = workspace.plumb("migrate", "--url", url, "--lock-timeout", "1500ms");
            Files.writeString(workspace.root().resolve("plumb.properties"), "lock-timeout=1s\n");
            GateWorkspace.Run file = workspace.plumb("migrate", "--url", url);

            assertThat(flag.exitCode()).as("documented: a lock timeout exits 6").isEqualTo(ExitCodes.MIGRATION_FAILED);
            assertThat(flag.err()).startsWith("plumb: Waiting for the migration lock of plumb_lock, held by"
                    + " 'someone else' since ");
            assertThat(flag.err()).contains("plumb migrate: Timed out after 1500 ms")
                    .contains("wait longer (--lock-timeout");
            assertThat(file.err()).contains("Timed out after 1000 ms");
        }
        GateWorkspace.Run bad = workspace.plumb("migrate", "--url", url, "--lock-timeout", "soon");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("lock-timeout 'soon' is not a duration");
        assertThat(workspace.plumb("migrate", "--url", url).exitCode()).as("lock released: applies").isZero();
    }

    @Test
    void aNewMigrationIsNewerThanEveryVersionInTheHistory() throws IOException, SQLException {
        table("30000101000000", "future");
        assertThat(workspace.plumb("migrate", "--url", url).exitCode()).isZero();
        Files.delete(workspace.migrations().resolve("V30000101000000__Createfuture.java"));

        GateWorkspace.Run run = workspace.plumb("new", "--name", "next", "--url", url);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip()).endsWith("V30000101000001__Next.java");
    }

    /** The H2 lock row, updated in a transaction left open, as a migrating process holds it. */
    private static void holdLockRow(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table plumb_lock (id int not null primary key, holder varchar(100),"
                    + " locked_at timestamp)");
            statement.execute("insert into plumb_lock (id) values (1)");
            connection.setAutoCommit(false);
            statement.execute("update plumb_lock set holder = 'someone else', locked_at = localtimestamp"
                    + " where id = 1");
        }
    }
}

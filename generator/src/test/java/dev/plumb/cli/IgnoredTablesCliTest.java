package dev.plumb.cli;

import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables that belong to other tools are never diffed, on real databases: Flyway's and Liquibase's history and lock
 * tables always, {@code --ignore} / {@code ignore=} patterns on top, in {@code generate}, {@code check --live} and
 * {@code generate --from-migrations}; an entity mapped to an ignored table is a usage error.
 */
class IgnoredTablesCliTest {

    private static final String[] OTHER_TOOLS = {
        "create table flyway_schema_history (installed_rank int primary key, version varchar(50))",
        "create table databasechangelog (id varchar(255) not null, author varchar(255))",
        "create table databasechangeloglock (id int primary key, locked boolean not null)",
        "create table qrtz_locks (sched_name varchar(120) not null, lock_name varchar(40) not null)"};

    @TempDir
    Path cwd;

    /** The {@code Customer} entity compiled in {@code cwd}, created by the first run. */
    private GateWorkspace workspace;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void otherToolsTablesAreNeitherDroppedNorReportedAsDrift(TestDatabase.Kind kind) throws IOException {
        try (TestDatabase db = TestDatabase.create(kind)) {
            db.execute(OTHER_TOOLS);
            List<String> url = connection(db);
            GateWorkspace.Run refused = plumb(url, "generate", "--dry-run", "--prune");
            assertThat(refused.exitCode()).as(refused.err()).isEqualTo(ExitCodes.DESTRUCTIVE_REFUSED);
            assertThat(refused.err()).contains("table qrtz_locks").doesNotContain("flyway")
                    .doesNotContain("databasechangelog");

            GateWorkspace.Run dryRun = plumb(url, "generate", "--dry-run", "--prune", "--ignore", "QRTZ_*");
            assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
            assertThat(dryRun.out() + dryRun.err()).doesNotContain("qrtz").doesNotContain("flyway")
                    .doesNotContain("databasechangelog");

            Files.writeString(cwd.resolve("plumb.properties"),
                    "ignore=" + defaultSchema(db) + ".qrtz_lock?, other.x\n");
            assertThat(plumb(url, "generate").exitCode()).isZero();
            assertThat(plumb(url, "migrate").exitCode()).isZero();
            GateWorkspace.Run live = plumb(withScratch(db), "check", "--live");
            assertThat(live.exitCode()).as(live.out() + live.err()).isZero();

            GateWorkspace.Run drift = plumb(withScratch(db), "check", "--live", "--ignore", "nothing_*");
            assertThat(drift.exitCode()).as(drift.out() + drift.err()).isEqualTo(ExitCodes.DRIFT);
            assertThat(drift.out()).contains("table qrtz_locks exists in the live database but in no migration")
                    .doesNotContain("flyway").doesNotContain("databasechangelog");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void generateFromMigrationsLeavesIgnoredTablesAMigrationCreatedAlone(TestDatabase.Kind kind) throws IOException {
        try (TestDatabase db = TestDatabase.create(kind)) {
            List<String> url = connection(db);
            assertThat(plumb(url, "generate").exitCode()).isZero();
            workspace.writeMigration("29990101000000", "QuartzTables",
                    "create table qrtz_locks (lock_name varchar(40) primary key)", "drop table qrtz_locks");
            GateWorkspace.Run refused = plumb(withScratch(db), "generate", "--from-migrations", "--dry-run",
                    "--prune");
            assertThat(refused.exitCode()).as(refused.err()).isEqualTo(ExitCodes.DESTRUCTIVE_REFUSED);
            GateWorkspace.Run ignored = plumb(withScratch(db), "generate", "--from-migrations", "--prune",
                    "--ignore", "qrtz_*");
            assertThat(ignored.exitCode()).as(ignored.err()).isZero();
            assertThat(ignored.out().strip()).isEqualTo("No changes");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void verifyLeavesIgnoredTablesOutOfItsRoundTrips(TestDatabase.Kind kind) throws IOException {
        try (TestDatabase db = TestDatabase.create(kind)) {
            assertThat(plumb(connection(db), "generate").exitCode()).isZero();
            workspace.writeMigration("29990101000000", "QuartzTables",
                    "create table if not exists qrtz_locks (lock_name varchar(40) primary key)", "");
            GateWorkspace.Run failed = plumb(withScratch(db), "verify");
            assertThat(failed.exitCode()).as(failed.out()).isEqualTo(ExitCodes.VERIFICATION_FAILED);
            assertThat(failed.out()).contains("qrtz_locks");
            GateWorkspace.Run ignored = plumb(withScratch(db), "verify", "--ignore", "qrtz_*");
            assertThat(ignored.exitCode()).as(ignored.out() + ignored.err()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anEntityMappedToAnIgnoredTableIsAUsageErrorNamingTableAndPattern(TestDatabase.Kind kind) throws IOException {
        try (TestDatabase db = TestDatabase.create(kind)) {
            GateWorkspace.Run run = plumb(connection(db), "generate", "--ignore", "audit.*", "--ignore", "cust*");
            assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err().strip()).isEqualTo("plumb generate: entity table customer matches the ignore "
                    + "pattern cust*, so Plumb would never create or change it: remove the pattern from --ignore or "
                    + "ignore= in plumb.properties, or map the entity to another table");
            GateWorkspace.Run malformed = plumb(connection(db), "generate", "--ignore", "a.b.c");
            assertThat(malformed.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(malformed.err()).contains("ignore pattern 'a.b.c' is not [SCHEMA.]TABLE");
        }
    }

    /**
     * The schema unqualified tables land in: {@code public} on PostgreSQL and H2, the database itself on MariaDB,
     * where a schema is a database (https://mariadb.com/kb/en/create-database/ : CREATE SCHEMA is a synonym).
     */
    private static String defaultSchema(TestDatabase db) throws IOException {
        if (db.kind() != TestDatabase.Kind.MARIADB) {
            return "public";
        }
        try (Connection connection = db.connect()) {
            return connection.getCatalog();
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    private static List<String> connection(TestDatabase db) {
        return List.of("--url", db.url(), "--user", db.user(), "--password", db.password());
    }

    /** The connection, and for PostgreSQL and MariaDB (H2's are in memory) the server for scratch databases. */
    private static List<String> withScratch(TestDatabase db) {
        List<String> options = new ArrayList<>(connection(db));
        if (db.kind() != TestDatabase.Kind.H2) {
            options.addAll(List.of("--scratch-url", db.url(), "--scratch-user", db.user()));
        }
        return options;
    }

    private GateWorkspace.Run plumb(List<String> connection, String... args) throws IOException {
        if (workspace == null) {
            workspace = new GateWorkspace(cwd);
            workspace.compileCustomer(false);
        }
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(connection);
        return workspace.plumb(all.toArray(String[]::new));
    }
}

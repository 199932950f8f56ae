package dev.plumb.cli;

import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code plumb baseline} writes the migration that records the schema only on a database that has one, takes it
 * back when the history refuses, and names it validly for any version; the gate then replays it.
 */
class BaselineCliTest {

    @TempDir
    Path cwd;

    private GateWorkspace workspace;

    @BeforeEach
    void setUp() throws IOException {
        workspace = new GateWorkspace(cwd);
        Files.delete(workspace.migrations());
    }

    @Test
    void anEmptyDatabaseIsOnlyRecordedAsBefore() {
        try (TestDatabase db = TestDatabase.h2()) {
            GateWorkspace.Run run = workspace.plumb(with(db, "baseline", "--version", "1"));

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out().strip()).isEqualTo("Baselined at 1");
            assertThat(workspace.migrations()).doesNotExist();
        }
    }

    /** Adopting a database needs no entities: entities not compiled yet only mean no differences are accepted. */
    @Test
    void entitiesThatCannotBeReadAcceptNothingButDoNotStopTheBaseline() {
        try (TestDatabase db = TestDatabase.h2()) {
            db.execute("create table customer (id bigint primary key, email varchar(120) not null)");

            GateWorkspace.Run baseline = workspace.plumb(with(db, "baseline", "--version", "1"));

            assertThat(baseline.exitCode()).as(baseline.err()).isZero();
            assertThat(baseline.out()).contains("Baselined at 1");
            assertThat(baseline.err()).contains("Accepted no differences between the entities and the database: "
                    + "classpath entry does not exist");
            assertThat(workspace.migrations().resolve("V1__Baseline.java")).exists();
        }
    }

    @Test
    void aRefusedBaselineLeavesNoMigrationBehind() throws IOException {
        try (TestDatabase db = TestDatabase.h2()) {
            db.execute("create table customer (id bigint primary key, email varchar(120) not null)");
            assertThat(workspace.plumb(with(db, "baseline", "--version", "1")).exitCode()).isZero();

            GateWorkspace.Run again = workspace.plumb(with(db, "baseline", "--version", "2"));

            assertThat(again.exitCode()).isEqualTo(ExitCodes.VALIDATION_FAILED);
            assertThat(again.err()).contains("Cannot baseline at 2");
            try (var files = Files.list(workspace.migrations())) {
                assertThat(files.map(path -> path.getFileName().toString())).containsExactly("V1__Baseline.java");
            }
        }
    }

    @Test
    void anotherEnvironmentKeepsTheCommittedBaselineClass() throws IOException {
        try (TestDatabase staging = TestDatabase.h2(); TestDatabase production = TestDatabase.h2()) {
            String table = "create table customer (id bigint primary key, email varchar(120) not null)";
            staging.execute(table);
            production.execute(table);
            assertThat(workspace.plumb(with(staging, "baseline", "--version", "1")).exitCode()).isZero();
            Path written = workspace.migrations().resolve("V1__Baseline.java");
            String committed = Files.readString(written);

            GateWorkspace.Run run = workspace.plumb(with(production, "baseline", "--version", "1"));

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("Kept the existing baseline migration " + written, "Baselined at 1");
            assertThat(Files.readString(written)).isEqualTo(committed);
            assertThat(workspace.plumb(with(production, "check", "--live")).exitCode()).isZero();
        }
    }

    @Test
    void aVersionWithADotNamesTheClassWithAnUnderscore() {
        try (TestDatabase db = TestDatabase.h2()) {
            db.execute("create table customer (id bigint primary key, email varchar(120) not null)",
                    "create index idx_customer_email on customer (email)");

            GateWorkspace.Run run = workspace.plumb(with(db, "baseline", "--version", "1.5", "--description",
                    "adopted from flyway"));

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(workspace.migrations().resolve("V1_5__AdoptedFromFlyway.java")).exists();
            GateWorkspace.Run status = workspace.plumb(with(db, "status"));
            assertThat(status.out()).contains("1.5").containsIgnoringCase("baseline");
            GateWorkspace.Run live = workspace.plumb(with(db, "check", "--live"));
            assertThat(live.exitCode()).as(live.out() + live.err()).isZero();
        }
    }

    @Test
    void aPostgresSerialColumnIsReplayedWithItsSequence() throws IOException {
        try (TestDatabase db = TestDatabase.postgres()) {
            db.execute("create table audit_entry (id bigserial primary key, action varchar(50) not null)");

            assertThat(workspace.plumb(with(db, "baseline", "--version", "1")).exitCode()).isZero();

            assertThat(Files.readString(workspace.migrations().resolve("V1__Baseline.java")))
                    .contains("id bigserial not null").doesNotContain("nextval");
            GateWorkspace.Run live = workspace.plumb(with(db, "check", "--live", "--scratch-url", db.url(),
                    "--scratch-user", db.user()));
            assertThat(live.exitCode()).as(live.out() + live.err()).isZero();
        }
    }

    private static String[] with(TestDatabase db, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--url", db.url(), "--user", db.user()));
        if (db.password() != null && !db.password().isEmpty()) {
            all.addAll(List.of("--password", db.password()));
        }
        return all.toArray(String[]::new);
    }
}

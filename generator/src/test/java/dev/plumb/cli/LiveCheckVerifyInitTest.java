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
 * {@code check --live}, {@code verify}, {@code generate --from-migrations} against {@code generate} on a live database,
 * and {@code init --ci}, in-process on real databases.
 */
class LiveCheckVerifyInitTest {

    @TempDir
    Path cwd;

    private GateWorkspace workspace;

    @BeforeEach
    void setUp() throws IOException {
        workspace = new GateWorkspace(cwd);
    }

    @Test
    void liveCheckNamesAHandAddedColumnAndAnUnappliedMigration() throws IOException {
        try (TestDatabase live = TestDatabase.postgres()) {
            List<String> url = List.of("--url", live.url(), "--user", live.user(), "--password", live.password());
            List<String> scratch = List.of("--scratch-url", live.url(), "--scratch-user", live.user());
            workspace.compileCustomer(false);
            assertThat(plumb(url, "generate").exitCode()).isZero();
            assertThat(plumb(url, "migrate").exitCode()).isZero();
            GateWorkspace.Run clean = checkLive(url, scratch);
            assertThat(clean.exitCode()).as(clean.out() + clean.err()).isZero();

            live.execute("alter table customer add column phone varchar(20)");
            GateWorkspace.Run byHand = checkLive(url, scratch);
            assertThat(byHand.exitCode()).as(byHand.err()).isEqualTo(ExitCodes.DRIFT);
            assertThat(byHand.out())
                    .contains("column customer.phone exists in the live database but in no migration");

            live.execute("alter table customer drop column phone");
            workspace.compileCustomer(true);
            assertThat(plumb(url, "generate", "--name", "add phone").exitCode()).isZero();
            GateWorkspace.Run pending = checkLive(url, scratch);
            assertThat(pending.exitCode()).isEqualTo(ExitCodes.DRIFT);
            assertThat(pending.out()).containsPattern("migration V\\d+__AddPhone is not applied to the live database")
                    .doesNotContain("column customer.phone");
        }
    }

    @Test
    void liveCheckOnH2NamesAHandDroppedColumn() throws IOException {
        try (TestDatabase live = TestDatabase.h2()) {
            List<String> url = List.of("--url", live.url(), "--user", live.user(), "--password", live.password());
            List<String> scratch = List.of();
            workspace.compileCustomer(true);
            assertThat(plumb(url, "generate").exitCode()).isZero();
            assertThat(plumb(url, "migrate").exitCode()).isZero();
            assertThat(checkLive(url, scratch).exitCode()).isZero();

            live.execute("alter table customer drop column phone");
            GateWorkspace.Run run = checkLive(url, scratch);
            assertThat(run.exitCode()).isEqualTo(ExitCodes.DRIFT);
            assertThat(run.out()).contains(
                    "column customer.phone is created by the migrations but missing from the live database");
        }
    }

    @Test
    void verifyNamesTheMigrationWhoseDownForgetsAColumn() throws IOException {
        workspace.writeMigration("1", "CreateCustomer",
                "create table customer (id bigint primary key, email varchar(120) not null)", "drop table customer");
        workspace.writeMigration("2", "AddPhone", "alter table customer add column phone varchar(30)",
                "alter table customer alter column email drop not null");
        workspace.writeMigration("3", "AddNote", "alter table customer add column note varchar(10)", "");

        for (String dialect : List.of("h2", "postgresql")) {
            GateWorkspace.Run run = workspace.plumb("verify", "--dialect", dialect);
            assertThat(run.exitCode()).as(dialect + ": " + run.err()).isEqualTo(ExitCodes.VERIFICATION_FAILED);
            assertThat(run.out()).as(dialect).contains("V2__AddPhone: down does not restore column customer.email "
                    + "(null); down leaves column customer.phone").doesNotContain("V3");
        }
    }

    @Test
    void verifyPassesFaithfulMigrationsAndReportsOneThatFailsToApply() throws IOException {
        workspace.writeMigration("1", "CreateCustomer",
                "create table customer (id bigint primary key, email varchar(120) not null)", "drop table customer");
        GateWorkspace.Run ok = workspace.plumb("verify");
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("Verified 1 migration on H2");

        workspace.writeMigration("2", "Broken", "alter table no_such_table add column x int", "");
        GateWorkspace.Run broken = workspace.plumb("verify");
        assertThat(broken.exitCode()).isEqualTo(ExitCodes.VERIFICATION_FAILED);
        assertThat(broken.out()).contains("V2__Broken: up fails: ");
    }

    @Test
    void generateFromMigrationsEqualsGenerateAgainstAnUpToDateDatabase() throws IOException {
        try (TestDatabase live = TestDatabase.postgres()) {
            List<String> url = List.of("--url", live.url(), "--user", live.user(), "--password", live.password());
            List<String> scratch = List.of("--scratch-url", live.url(), "--scratch-user", live.user());
            workspace.compileCustomer(false);
            assertThat(plumb(url, "generate").exitCode()).isZero();
            assertThat(plumb(url, "migrate").exitCode()).isZero();
            workspace.compileCustomer(true);

            GateWorkspace.Run fromLive = plumb(url, "generate", "--dry-run");
            GateWorkspace.Run fromMigrations = plumb(url, "generate", "--dry-run", "--from-migrations",
                    scratch.get(0), scratch.get(1), scratch.get(2), scratch.get(3));

            assertThat(fromLive.exitCode()).isZero();
            assertThat(fromMigrations.exitCode()).as(fromMigrations.err()).isZero();
            assertThat(fromMigrations.out()).isEqualTo(fromLive.out()).contains("add column phone varchar(30)");
        }
    }

    @Test
    void generateFromMigrationsNeedsNoLiveDatabase() throws IOException {
        workspace.compileCustomer(true);
        GateWorkspace.Run run = workspace.plumb("generate", "--dry-run", "--from-migrations",
                "--url", "jdbc:postgresql://127.0.0.1:1/unreachable");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("-- up (postgresql)").contains("create table customer");
    }

    @Test
    void generateFromMigrationsRefusesWhenAMigrationFailsToApply() throws IOException {
        workspace.compileCustomer(true);
        workspace.writeMigration("1", "Broken", "alter table no_such_table add column x int", "");

        GateWorkspace.Run run = workspace.plumb("generate", "--from-migrations", "--dialect", "h2");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.VERIFICATION_FAILED);
        assertThat(run.err()).startsWith("plumb generate: V1__Broken: up fails: ").doesNotContain("\tat ");
        assertThat(workspace.migrations()).isDirectoryNotContaining("glob:**/V2*");
    }

    @Test
    void initWritesTheWorkflowAndRefusesToOverwrite() throws IOException {
        GateWorkspace.Run github = workspace.plumb("init", "--ci", "github");
        Path workflow = cwd.resolve(".github/workflows/plumb.yml");
        assertThat(github.exitCode()).as(github.err()).isZero();
        // no pom.xml: the CLI from its distribution, never ./plumb (an application's repository has none)
        assertThat(Files.readString(workflow)).contains("dialect: [h2]",
                "run: plumb check --dialect ${{ matrix.dialect }}", "plumb-" + PlumbVersion.get() + "/bin")
                .doesNotContain("./plumb", "${plumbVersion}", "${dialects}");

        GateWorkspace.Run again = workspace.plumb("init", "--ci", "github");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(again.err()).contains("already exists").contains("--force");
        assertThat(workspace.plumb("init", "--ci", "github", "--force").exitCode()).isZero();

        assertThat(workspace.plumb("init", "--ci", "gitlab").exitCode()).isZero();
        assertThat(Files.readString(cwd.resolve(".gitlab-ci.yml"))).contains("- PLUMB_DIALECT: [h2]",
                "- plumb check --dialect $PLUMB_DIALECT").doesNotContain("./plumb");
        assertThat(workspace.plumb("init", "--ci", "jenkins").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void initInAMavenProjectRunsThePluginForEveryDialect() throws IOException {
        Files.writeString(cwd.resolve("pom.xml"), "<project/>");

        GateWorkspace.Run github = workspace.plumb("init", "--ci", "github", "--dialect", "h2", "--dialect",
                "postgresql");
        assertThat(github.exitCode()).as(github.err()).isZero();
        assertThat(Files.readString(cwd.resolve(".github/workflows/plumb.yml")))
                .contains("dialect: [h2, postgresql]", "run: mvn -B -ntp plumb:check -Dplumb.dialect=${{ matrix.dialect }}",
                        "-Dartifact=dev.plumb:plumb-maven-plugin:" + PlumbVersion.get())
                .doesNotContain("./plumb", "plumb check");

        assertThat(workspace.plumb("init", "--ci", "gitlab", "--url", "jdbc:postgresql://db:5432/shop").exitCode())
                .isZero();
        assertThat(Files.readString(cwd.resolve(".gitlab-ci.yml"))).contains("- PLUMB_DIALECT: [postgresql]",
                "- mvn -B -ntp plumb:check -Dplumb.dialect=$PLUMB_DIALECT").doesNotContain("./plumb");

        GateWorkspace.Run unknown = workspace.plumb("init", "--ci", "gitlab", "--force", "--dialect", "oracle");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("unknown --dialect oracle: use postgresql or h2");
    }

    private GateWorkspace.Run checkLive(List<String> connection, List<String> scratch) {
        List<String> args = new ArrayList<>(List.of("check", "--live"));
        args.addAll(scratch);
        return plumb(connection, args.toArray(String[]::new));
    }

    private GateWorkspace.Run plumb(List<String> connection, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(connection);
        return workspace.plumb(all.toArray(String[]::new));
    }
}

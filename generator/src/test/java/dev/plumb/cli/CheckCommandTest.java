package dev.plumb.cli;

import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code plumb check} on real scratch databases: an entity change without a migration exits 3 and prints the
 * missing SQL; after {@code generate} it exits 0. H2, PostgreSQL on a named server, embedded PostgreSQL.
 */
class CheckCommandTest {

    @TempDir
    Path cwd;

    private GateWorkspace workspace;

    @BeforeEach
    void setUp() throws IOException {
        workspace = new GateWorkspace(cwd);
    }

    @Test
    void h2() throws IOException {
        driftThenGenerateThenClean(List.of("--dialect", "h2"), "h2");
    }

    @Test
    void postgresOnANamedServer() throws IOException {
        try (TestDatabase server = TestDatabase.postgres()) {
            driftThenGenerateThenClean(List.of("--dialect", "postgresql", "--scratch-url", server.url(),
                    "--scratch-user", server.user()), "postgresql");
        }
    }

    @Test
    void embeddedPostgresWhenNoServerIsNamed() throws IOException {
        driftThenGenerateThenClean(List.of("--dialect", "postgresql"), "postgresql");
    }

    private void driftThenGenerateThenClean(List<String> scratch, String dialect) throws IOException {
        workspace.compileCustomer(false);
        GateWorkspace.Run empty = check(scratch);
        assertThat(empty.exitCode()).as(empty.err()).isEqualTo(ExitCodes.DRIFT);
        assertThat(empty.out()).contains("+ table customer").contains("-- up (" + dialect + ")")
                .contains("create table customer");

        assertThat(generate(scratch).exitCode()).isZero();
        GateWorkspace.Run clean = check(scratch);
        assertThat(clean.exitCode()).as(clean.out() + clean.err()).isZero();
        assertThat(clean.out()).startsWith("No drift: 1 migration(s) verified");

        workspace.compileCustomer(true);
        GateWorkspace.Run phone = check(scratch);
        assertThat(phone.exitCode()).as(phone.err()).isEqualTo(ExitCodes.DRIFT);
        assertThat(phone.out()).contains("+ column customer.phone varchar(30)")
                .contains("alter table customer add column phone varchar(30);")
                .doesNotContain("create table");

        assertThat(generate(scratch).exitCode()).isZero();
        assertThat(check(scratch).exitCode()).isZero();
    }

    @Test
    void markdownReportForReviewers() throws IOException {
        workspace.compileCustomer(true);
        GateWorkspace.Run run = workspace.plumb("check", "--dialect", "h2", "--format", "markdown");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.DRIFT);
        assertThat(run.out()).contains("### Drift: the entities have changes no migration covers (H2)")
                .contains("| `+` | table customer | safe |")
                .contains("**Up (h2)**\n\n```sql\ncreate table customer")
                .contains("**Down (h2)**\n\n```sql\ndrop table customer;\n```");
    }

    @Test
    void aMigrationWhoseDownIsNotFaithfulFailsTheCheckWithItsOwnCode() throws IOException {
        workspace.compileCustomer(true);
        workspace.writeMigration("1", "CreateCustomer",
                "create table customer (id bigint primary key, email varchar(120) not null)", "drop table customer");
        workspace.writeMigration("2", "AddPhone", "alter table customer add column phone varchar(30)", "");

        GateWorkspace.Run run = workspace.plumb("check", "--dialect", "h2");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.VERIFICATION_FAILED);
        assertThat(run.out()).contains("V2__AddPhone: down leaves column customer.phone");
    }

    private GateWorkspace.Run check(List<String> scratch) {
        List<String> args = new ArrayList<>(List.of("check"));
        args.addAll(scratch);
        return workspace.plumb(args.toArray(String[]::new));
    }

    private GateWorkspace.Run generate(List<String> scratch) {
        List<String> args = new ArrayList<>(List.of("generate", "--from-migrations"));
        args.addAll(scratch);
        GateWorkspace.Run run = workspace.plumb(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }
}

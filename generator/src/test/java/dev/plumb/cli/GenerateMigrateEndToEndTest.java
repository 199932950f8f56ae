package dev.plumb.cli;

import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole loop through the CLI on real databases: generate, apply, generate again (must be empty), status,
 * roll back. Needs the reader, inspectors, differ, planner and runtime, so it passes only on the merged tree.
 */
class GenerateMigrateEndToEndTest {

    @TempDir
    Path cwd;

    record Run(int exitCode, String out, String err) {
    }

    private Run plumb(List<String> connection, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(connection);
        all.addAll(List.of("--entities", "classes", "--output", "src", "--migrations-package", "db.m"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = PlumbCli.run(all.toArray(String[]::new), new CliContext(new PrintWriter(out),
                new PrintWriter(err), cwd, Map.of(), Clock.systemUTC()));
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void defaultH2Database() throws IOException {
        roundTrip(List.of(), "h2");
        assertThat(cwd.resolve(".plumb/h2/plumb.mv.db")).exists();
    }

    @Test
    void postgres() throws IOException {
        try (TestDatabase db = TestDatabase.postgres()) {
            roundTrip(List.of("--url", db.url(), "--user", db.user(), "--password", db.password()), "postgresql");
        }
    }

    private void roundTrip(List<String> connection, String dialect) throws IOException {
        compileEntities();

        Run dryRun = plumb(connection, "generate", "--dry-run");
        assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
        assertThat(dryRun.out()).contains("-- up (" + dialect + ")").contains("-- down (" + dialect + ")");

        Run generate = plumb(connection, "generate");
        assertThat(generate.exitCode()).as(generate.err()).isZero();
        assertThat(Path.of(generate.out().strip())).exists();
        assertThat(generate.out().strip()).endsWith("__CreateCustomer.java");

        Run migrate = plumb(connection, "migrate");
        assertThat(migrate.exitCode()).as(migrate.err()).isZero();
        assertThat(migrate.out()).startsWith("Applied ").contains("Create customer");

        Run again = plumb(connection, "generate");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out().strip()).isEqualTo("No changes");

        Run status = plumb(connection, "status");
        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).contains("VERSION").contains("applied");

        Run rollback = plumb(connection, "rollback");
        assertThat(rollback.exitCode()).as(rollback.err()).isZero();
        assertThat(rollback.out()).startsWith("Rolled back ");

        assertThat(plumb(connection, "generate", "--dry-run").out()).contains("-- up (" + dialect + ")");
    }

    private void compileEntities() throws IOException {
        CustomerEntity.compile(cwd, CustomerEntity.EMAIL);
    }
}

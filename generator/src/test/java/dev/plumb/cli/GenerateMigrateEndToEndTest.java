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
 * The whole loop through the CLI on real databases: generate, apply, generate again (must be empty), status,
 * roll back (the migration is pending again, so generate refuses until it is withdrawn). Needs the reader, inspectors, differ, planner and runtime, so it passes only on the merged tree.
 */
class GenerateMigrateEndToEndTest {

    @TempDir
    Path cwd;

    private GateWorkspace workspace;

    @BeforeEach
    void setUp() throws IOException {
        workspace = new GateWorkspace(cwd);
    }

    private GateWorkspace.Run plumb(List<String> connection, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(connection);
        return workspace.plumb(all.toArray(String[]::new));
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
        workspace.compileCustomer(false);

        GateWorkspace.Run dryRun = plumb(connection, "generate", "--dry-run");
        assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
        assertThat(dryRun.out()).contains("-- up (" + dialect + ")").contains("-- down (" + dialect + ")");

        GateWorkspace.Run generate = plumb(connection, "generate");
        assertThat(generate.exitCode()).as(generate.err()).isZero();
        assertThat(Path.of(generate.out().strip())).exists();
        assertThat(generate.out().strip()).endsWith("__CreateCustomer.java");

        GateWorkspace.Run migrate = plumb(connection, "migrate");
        assertThat(migrate.exitCode()).as(migrate.err()).isZero();
        assertThat(migrate.out()).startsWith("Applied ").contains("Create customer");

        GateWorkspace.Run again = plumb(connection, "generate");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out().strip()).isEqualTo("No changes");

        GateWorkspace.Run status = plumb(connection, "status");
        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).contains("VERSION").contains("applied");

        GateWorkspace.Run rollback = plumb(connection, "rollback");
        assertThat(rollback.exitCode()).as(rollback.err()).isZero();
        assertThat(rollback.out()).startsWith("Rolled back ");

        GateWorkspace.Run pendingAgain = plumb(connection, "generate", "--dry-run");
        assertThat(pendingAgain.exitCode()).as("the rolled-back migration is pending again")
                .isEqualTo(ExitCodes.VALIDATION_FAILED);
        assertThat(pendingAgain.err()).contains("1 migration is not applied", "(Create customer)");
        Files.delete(Path.of(generate.out().strip()));
        assertThat(plumb(connection, "generate", "--dry-run").out()).contains("-- up (" + dialect + ")");
    }
}

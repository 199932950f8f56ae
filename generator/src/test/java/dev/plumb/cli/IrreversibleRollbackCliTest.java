package dev.plumb.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the CLI on the default H2 database: a conversion ({@code varchar} to {@code integer}) and a unique key
 * added to a table with rows are shown in {@code --dry-run} (reviewer query, irreversible mark), written with
 * {@code @MigrationSafety} and {@code reversible() false}, and {@code rollback} refuses the migration (exit 4,
 * nothing undone) until {@code --force}. {@code verify} still round-trips it on its scratch database.
 */
class IrreversibleRollbackCliTest {

    @TempDir
    Path cwd;

    private GateWorkspace workspace;

    @BeforeEach
    void setUp() throws IOException {
        workspace = new GateWorkspace(cwd);
    }


    @Test
    void rollbackOverAnIrreversibleMigrationIsRefusedUnlessForced() throws IOException {
        compile("@Column(length = 20) String code; @Column(length = 100) String email;");
        assertThat(plumb("generate").exitCode()).isZero();
        assertThat(plumb("migrate").exitCode()).isZero();

        compile("Integer code; @Column(length = 100, unique = true) String email;");
        GateWorkspace.Run dryRun = plumb("generate", "--dry-run");
        assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
        assertThat(dryRun.out()).contains("-- can fail on existing rows")
                .contains("select email, count(*) from customer where email is not null group by email having"
                        + " count(*) > 1;")
                .contains("-- IRREVERSIBLE (rollback needs --force): ~ column customer.code");
        GateWorkspace.Run generate = plumb("generate");
        assertThat(generate.exitCode()).as(generate.err()).isZero();
        assertThat(Files.readString(Path.of(generate.out().strip())))
                .contains("@MigrationSafety(", "worst = MigrationSafety.Level.DATA_DEPENDENT")
                .contains("public boolean reversible() {");
        assertThat(plumb("migrate").exitCode()).isZero();

        GateWorkspace.Run refused = plumb("rollback");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.DESTRUCTIVE_REFUSED);
        assertThat(refused.err()).contains("marked irreversible").contains("--force").doesNotContain("\tat ");
        assertThat(plumb("status").out()).doesNotContain("pending");

        GateWorkspace.Run forced = plumb("rollback", "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(forced.out()).startsWith("Rolled back ");
        assertThat(plumb("status").out()).contains("pending");

        GateWorkspace.Run verify = plumb("verify");
        assertThat(verify.exitCode()).as("verify rolls back on a scratch database: " + verify.out()).isZero();
        assertThat(verify.out()).contains("Verified 2 migrations");
    }

    private void compile(String fields) throws IOException {
        CustomerEntity.compile(cwd, fields);
    }

    private GateWorkspace.Run plumb(String... args) {
        return workspace.plumb(args);
    }
}

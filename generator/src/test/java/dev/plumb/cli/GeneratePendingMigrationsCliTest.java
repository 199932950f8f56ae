package dev.plumb.cli;

import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code generate} against a database that lacks migrations the project has (a development database nobody migrated,
 * a colleague's migration pulled from git) refuses with exit 7 and writes nothing: the diff would repeat those
 * migrations, and the new one would fail on every database that applied them. {@code migrate} first, or
 * {@code --from-migrations}, are the ways on. On real H2 and PostgreSQL.
 */
class GeneratePendingMigrationsCliTest {

    @TempDir
    Path cwd;

    private GateWorkspace workspace;

    @BeforeEach
    void setUp() throws IOException {
        workspace = new GateWorkspace(cwd);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void refusesWhileAMigrationIsNotAppliedAndGeneratesAfterMigrate(TestDatabase.Kind kind) throws IOException {
        try (TestDatabase db = TestDatabase.create(kind)) {
            String first = generateCreateCustomerAndAddPhone(db);

            GateWorkspace.Run refused = plumb(db, "generate", "--name", "add phone");

            assertThat(refused.exitCode()).as(refused.err()).isEqualTo(ExitCodes.VALIDATION_FAILED);
            assertThat(refused.err().strip().lines()).hasSize(1);
            assertThat(refused.err()).contains("1 migration is not applied to the database at --url")
                    .contains(versionOf(first) + " (Create customer)")
                    .contains("plumb migrate").contains("plumb generate --from-migrations");
            assertThat(refused.out()).isEmpty();
            assertThat(migrationFiles()).containsExactly(first);

            GateWorkspace.Run dryRun = plumb(db, "generate", "--dry-run");
            assertThat(dryRun.exitCode()).as(dryRun.err()).isEqualTo(ExitCodes.VALIDATION_FAILED);

            GateWorkspace.Run migrate = plumb(db, "migrate");
            assertThat(migrate.exitCode()).as(migrate.err()).isZero();
            GateWorkspace.Run generate = plumb(db, "generate", "--name", "add phone");
            assertThat(generate.exitCode()).as(generate.err()).isZero();
            assertOnlyAddsPhone(generate);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void fromMigrationsNeedsNoMigrate(TestDatabase.Kind kind) throws IOException {
        try (TestDatabase db = TestDatabase.create(kind)) {
            generateCreateCustomerAndAddPhone(db);
            // H2's scratch database is in memory; PostgreSQL's and MariaDB's go to the test's server
            List<String> scratch = kind != TestDatabase.Kind.H2
                    ? List.of("--scratch-url", db.url(), "--scratch-user", db.user()) : List.of();
            List<String> args = new ArrayList<>(List.of("generate", "--from-migrations", "--name", "add phone"));
            args.addAll(scratch);

            GateWorkspace.Run generate = plumb(db, args.toArray(String[]::new));

            assertThat(generate.exitCode()).as(generate.err()).isZero();
            assertOnlyAddsPhone(generate);
        }
    }

    /**
     * A baseline counts the migrations at or below it as applied, as {@code migrate} does (baselined while empty, so
     * that {@code baseline} writes no migration of its own).
     */
    @Test
    void migrationsAtOrBelowTheBaselineCountAsApplied() throws IOException {
        try (TestDatabase db = TestDatabase.h2()) {
            workspace.compileCustomer(false);
            workspace.writeMigration("1", "CreateAudit", "create table audit (id bigint primary key)",
                    "drop table audit");
            workspace.writeMigration("2", "CreateNote", "create table note (id bigint primary key)",
                    "drop table note");

            GateWorkspace.Run beforeBaseline = plumb(db, "generate", "--dry-run");
            assertThat(beforeBaseline.exitCode()).as(beforeBaseline.err()).isEqualTo(ExitCodes.VALIDATION_FAILED);
            assertThat(beforeBaseline.err()).contains("2 migrations are not applied").contains("1 (CreateAudit)")
                    .contains("2 (CreateNote)");

            assertThat(plumb(db, "baseline", "--version", "1").exitCode()).isZero();
            GateWorkspace.Run afterBaseline = plumb(db, "generate", "--dry-run");
            assertThat(afterBaseline.exitCode()).as(afterBaseline.err()).isEqualTo(ExitCodes.VALIDATION_FAILED);
            assertThat(afterBaseline.err()).contains("1 migration is not applied").contains("2 (CreateNote)")
                    .doesNotContain("CreateAudit");
        }
    }

    /** Generates the first migration (never applied), then adds {@code phone} to the entity; the file's name. */
    private String generateCreateCustomerAndAddPhone(TestDatabase db) throws IOException {
        workspace.compileCustomer(false);
        GateWorkspace.Run first = plumb(db, "generate");
        assertThat(first.exitCode()).as(first.err()).isZero();
        workspace.compileCustomer(true);
        return Path.of(first.out().strip()).getFileName().toString();
    }

    private void assertOnlyAddsPhone(GateWorkspace.Run generate) throws IOException {
        String written = Files.readString(Path.of(generate.out().strip())).toLowerCase(java.util.Locale.ROOT);
        assertThat(written).contains("phone").doesNotContain("create table");
        assertThat(migrationFiles()).hasSize(2);
    }

    private List<String> migrationFiles() throws IOException {
        try (Stream<Path> files = Files.list(workspace.migrations())) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    /** {@code V20261207071130__CreateCustomer.java} → {@code 20261207071130}. */
    private static String versionOf(String fileName) {
        return fileName.substring(1, fileName.indexOf("__"));
    }

    private GateWorkspace.Run plumb(TestDatabase db, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--url", db.url(), "--user", db.user()));
        if (db.password() != null && !db.password().isEmpty()) {
            all.addAll(List.of("--password", db.password()));
        }
        return workspace.plumb(all.toArray(String[]::new));
    }
}

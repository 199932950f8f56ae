package dev.plumb.cli;

import dev.plumb.compile.MigrationLoader;
import dev.plumb.runtime.Migration;
import dev.plumb.runtime.Script;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PlumbCliTest {

    private static final String UNREACHABLE = "jdbc:postgresql://127.0.0.1:1/x";

    @TempDir
    Path cwd;

    /** One in-process run: exit code and what went to stdout and stderr. */
    record Run(int exitCode, String out, String err) {
    }

    private Run plumb(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T09:30:15Z"), ZoneOffset.UTC);
        int exitCode = PlumbCli.run(args, new CliContext(new PrintWriter(out), new PrintWriter(err), cwd, env, clock));
        return new Run(exitCode, out.toString(), err.toString());
    }

    private Run plumb(String... args) {
        return plumb(Map.of(), args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "generate", "new", "migrate", "rollback", "status", "validate", "repair", "baseline",
            "check", "verify", "init"})
    void helpOnEveryCommandExitsZeroAndDocumentsExitCodes(String command) {
        String[] args = command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"};

        Run run = plumb(args);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: plumb").contains("Exit codes:");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void rootHelpListsEveryCommandAndAMistypedCommandIsAUsageError() {
        assertThat(plumb("--help").out()).contains("generate", "rollback", "baseline", "verify", "init");

        Run run = plumb("generat", "--dry-run");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("'generat'").contains("plumb --help");
    }

    @Test
    void onlyTheNamedCommandIsBuilt() {
        assertThat(PlumbCli.commandsFor(new String[] {"migrate", "--target", "3"})).containsExactly(MigrateCommand.class);
        assertThat(PlumbCli.commandsFor(new String[] {"--help"})).hasSize(11);
        assertThat(PlumbCli.commandsFor(new String[] {"frobnicate"})).hasSize(11);
    }

    @Test
    void entitiesWithoutAnEntityAreAUsageErrorInOneLine() throws IOException {
        Path empty = Files.createDirectory(cwd.resolve("classes"));

        Run run = plumb("generate", "--dry-run", "--entities", empty.toString(), "--url", "jdbc:h2:mem:noentities");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("internal error")
                .contains("no @Entity class found in " + empty + ":").contains("--entities");
    }

    @Test
    void versionExitsZero() {
        Run run = plumb("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).matches("(?s)plumb \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\nJava .*");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run run = plumb("generate", "--frobnicate");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Unknown option: '--frobnicate'").contains("plumb generate --help");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void newWithoutNameAndPlumbWithoutCommandAreUsageErrors() {
        assertThat(plumb("new").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(plumb("new").err()).contains("--name");
        assertThat(plumb().exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(plumb().err()).contains("missing command");
    }

    @Test
    void rollbackStepsAndToAreMutuallyExclusive() {
        Run run = plumb("rollback", "--steps", "2", "--to", "20260101000000");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("mutually exclusive");
    }

    @Test
    void newWritesAnEmptyMigrationThatLoadsAndPrintsItsPath() {
        Run run = plumb("new", "--name", "backfill customer email", "--output", "src", "--migrations-package",
                "db.migration");

        Path expected = cwd.resolve("src/db/migration/V20261122093015__BackfillCustomerEmail.java");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo(expected.toString());
        assertThat(expected).exists();
        List<Migration> migrations = new MigrationLoader().load(List.of(cwd.resolve("src")), Optional.of("db.migration"));
        assertThat(migrations).hasSize(1);
        Migration migration = migrations.get(0);
        assertThat(migration.version()).isEqualTo("20261122093015");
        assertThat(migration.description()).isEqualTo("Backfill customer email");
        Script up = new Script();
        migration.up(up);
        assertThat(up.dialects()).isEmpty();
    }

    @Test
    void newTwiceInTheSameSecondKeepsFileOrderEqualToCreationOrder() {
        plumb("new", "--name", "first");
        Run second = plumb("new", "--name", "second");

        assertThat(second.out().strip()).endsWith("migrations/V20261122093016__Second.java");
        assertThat(new MigrationLoader().load(List.of(cwd.resolve("src/main/java")), Optional.of("migrations")))
                .extracting(Migration::description).containsExactly("First", "Second");
    }

    @Test
    void aNameWithoutLettersIsAUsageError() {
        Run run = plumb("new", "--name", "--- ");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("invalid --name");
    }

    @Test
    void aMalformedRenameHintIsAUsageErrorBeforeAnyConnection() throws IOException {
        Files.createDirectories(cwd.resolve("classes"));

        Run run = plumb("generate", "--url", UNREACHABLE, "--entities", "classes", "--rename", "display_name");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).startsWith("plumb generate: --rename display_name: expected TABLE.OLD=NEW");
    }

    @Test
    void aRefusedDestructiveChangeExitsFour() {
        assertThat(ErrorHandler.exitCodeOf(new dev.plumb.generate.DestructiveChangeException("refused")))
                .isEqualTo(ExitCodes.DESTRUCTIVE_REFUSED);
    }

    @Test
    void unreachableDatabaseExitsFiveWithOneLineNamingTheUrl() throws IOException {
        Files.createDirectories(cwd.resolve("classes"));

        Run run = plumb("generate", "--url", UNREACHABLE, "--user", "app", "--entities", "classes");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.DATABASE_UNAVAILABLE);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).startsWith("plumb generate: cannot connect to " + UNREACHABLE + " as app:")
                .contains("--url");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void migrateOnAnUnreachableDatabaseExitsFive() throws IOException {
        Files.createDirectories(cwd.resolve("src/main/java"));

        Run run = plumb("migrate", "--url", UNREACHABLE);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.DATABASE_UNAVAILABLE);
        assertThat(run.err()).startsWith("plumb migrate: cannot connect to " + UNREACHABLE);
    }

    @Test
    void passwordsAreNeverPrintedEvenWithVerboseStackTraces() throws IOException {
        Files.createDirectories(cwd.resolve("classes"));
        String url = UNREACHABLE + "?password=url-s3cret&connectTimeout=2";

        Run flag = plumb(Map.of(), "generate", "--verbose", "--url", url, "--password", "flag-s3cret",
                "--entities", "classes");
        Run env = plumb(Map.of("PLUMB_URL", url, "PLUMB_PASSWORD", "env-s3cret"), "generate", "-v",
                "--entities", "classes");
        Run parse = plumb(Map.of("PLUMB_PASSWORD", "env-s3cret"), "generate", "--password", "flag-s3cret", "--bad");

        assertThat(flag.exitCode()).isEqualTo(ExitCodes.DATABASE_UNAVAILABLE);
        assertThat(flag.err()).contains("\tat ").contains("password=****");
        assertThat(env.err()).contains("\tat ");
        for (Run run : List.of(flag, env, parse)) {
            assertThat(run.out() + run.err()).doesNotContain("s3cret");
        }
    }

    @Test
    void generateWithoutEntitiesIsAConfigurationErrorBeforeAnyDatabaseWork() {
        Run run = plumb("generate", "--url", UNREACHABLE);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--entities");
    }

    @Test
    void aMissingMigrationsLocationIsAConfigurationError() {
        Run run = plumb("status", "--migrations", "nowhere");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("nowhere").contains("does not exist");
    }

    @Test
    void editedMigrationIsRefusedByValidateAndMigrateWithExitSeven() throws IOException {
        String url = "jdbc:h2:file:" + cwd.resolve("db").toAbsolutePath();
        Path file = Path.of(plumb("new", "--name", "first").out().strip());
        assertThat(plumb("migrate", "--url", url).exitCode()).isZero();
        assertThat(plumb("validate", "--url", url).out()).isEqualTo("Valid: 1 applied, 0 pending\n");
        String source = Files.readString(file);
        Files.writeString(file, source.replaceFirst("public void up\\(Script script\\) \\{",
                "public void up(Script script) { script.on(dev.plumb.runtime.Dialect.H2, \"create table x (id int)\");"));

        Run validate = plumb("validate", "--url", url);
        Run migrate = plumb("migrate", "--url", url);

        assertThat(validate.exitCode()).isEqualTo(ExitCodes.VALIDATION_FAILED);
        assertThat(validate.err()).startsWith("plumb validate: Migration 20261122093015 (First) has changed since"
                + " it was applied").hasLineCount(1);
        assertThat(migrate.exitCode()).isEqualTo(ExitCodes.VALIDATION_FAILED);
        assertThat(plumb("baseline", "--version", "1", "--url", url).exitCode())
                .as("baseline on a database with history").isEqualTo(ExitCodes.VALIDATION_FAILED);
        assertThat(plumb("repair", "--url", url).out()).isEqualTo("Nothing to repair\n");
    }

    @Test
    void exceptionsMapToTheDocumentedExitCodes() {
        assertThat(ErrorHandler.exitCodeOf(new dev.plumb.runtime.MigrationException("v1", "failed",
                new java.sql.SQLException("boom")))).isEqualTo(ExitCodes.MIGRATION_FAILED);
        assertThat(ErrorHandler.exitCodeOf(new RuntimeException(new java.sql.SQLException("gone"))))
                .isEqualTo(ExitCodes.DATABASE_UNAVAILABLE);
        assertThat(ErrorHandler.exitCodeOf(new dev.plumb.config.ConfigException("bad")))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(ErrorHandler.exitCodeOf(new IllegalStateException("bug"))).isEqualTo(ExitCodes.INTERNAL_ERROR);
    }
}
